// Sends the session's CSRF token with every htmx request: the server refuses a change that rides
// on a logged-in session without it (Thymeleaf forms carry it as the _csrf field already).
(function () {
  const token = document.querySelector('meta[name="csrf-token"]');
  const header = document.querySelector('meta[name="csrf-header"]');
  if (!token || !header) return;
  document.addEventListener('htmx:configRequest', function (event) {
    event.detail.headers[header.content] = token.content;
  });
})();
