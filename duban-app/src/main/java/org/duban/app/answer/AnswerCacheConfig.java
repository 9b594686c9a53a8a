package org.duban.app.answer;

import org.duban.app.config.LedgerVersion;
import org.duban.app.search.SearchIndex;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the answer cache right behind Spring Security's filters, on the API only. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AnswerCacheConfig {

  @Bean
  FilterRegistrationBean<AnswerCache> answerCache(LedgerVersion ledger, SearchIndex index) {
    FilterRegistrationBean<AnswerCache> registration =
        new FilterRegistrationBean<>(new AnswerCache(ledger::current, index::generation));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }
}
