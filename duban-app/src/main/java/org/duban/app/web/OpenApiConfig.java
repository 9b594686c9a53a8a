package org.duban.app.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI description at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  @Bean
  OpenAPI dubanApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Duban ledger API")
                .version("0.1.0")
                .description(
                    "Documents, facts and full-text search of the Duban ledger. Reading is open;"
                        + " changes need the ADMIN or SUPERVISOR role (HTTP Basic or the login form). Fact fields follow"
                        + " shared/spec/facts.md; offsets are code points into the source file."));
  }
}
