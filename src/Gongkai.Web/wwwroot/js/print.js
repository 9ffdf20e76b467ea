// Print buttons (the CSP forbids inline script and javascript: links).
document.addEventListener('click', function (e) {
  if (e.target.closest('[data-print]')) { e.preventDefault(); window.print(); }
});
