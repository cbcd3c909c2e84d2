// Behaviour shared by every page, without inline handlers (the Content-Security-Policy allows no inline script).
// Everything here only adds to pages that work without it.
document.addEventListener('DOMContentLoaded', function () {
  // <form data-confirm="…">: asks before sending (the server still checks what it must).
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
  // The menu (layout.html): open on a wider screen, where it fits beside the brand.
  var menu = document.querySelector('details.menu');
  if (menu && window.matchMedia('(min-width: 601px)').matches) {
    menu.open = true;
  }
  // <button data-print>: prints the page.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function (event) { event.preventDefault(); window.print(); });
  });
});
