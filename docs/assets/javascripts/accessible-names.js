// Material for MkDocs renders its instant-loading progress bar as
// <div role="progressbar"> without a name (axe: aria-progressbar-name), and
// its templates are not ours to patch. Zensical names it already, so only a
// bar without a name is given one: now (the script runs after the bar, at
// the end of <body>) and, through Material's documented document$ hook,
// after every instant navigation.
(function () {
  function nameProgressBars() {
    var bars = document.querySelectorAll('[role="progressbar"]:not([aria-label]):not([aria-labelledby])');
    for (var i = 0; i < bars.length; i++) bars[i].setAttribute("aria-label", "Page loading");
  }
  nameProgressBars();
  if (typeof document$ !== "undefined") document$.subscribe(nameProgressBars);
})();
