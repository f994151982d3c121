// Applies the stored theme before the page paints (no white flash for dark-theme users). A file of its own, not an
// inline script, so the Content-Security-Policy can forbid inline scripts.
try {
  var mode = localStorage.getItem('mui-mode')
  if (mode === 'dark' || mode === 'light') document.documentElement.classList.add(mode)
} catch (e) {}
