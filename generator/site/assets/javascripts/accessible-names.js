// Names and keys for two of Material for MkDocs' widgets, whose templates are
// not ours to patch (Zensical reads the same extra_javascript):
// - the instant-loading progress bar is a <div role="progressbar"> without a
//   name (axe: aria-progressbar-name); Zensical names it already, so only a
//   bar without a name is given one;
// - the header's menu button, which opens the navigation drawer below
//   76.25em, is a <label> that the keyboard cannot reach: it becomes a
//   button (Tab, Enter or Space; Escape closes the drawer again).
// Run now (this script comes after both, at the end of <body>) and, through
// Material's documented document$ hook, after every instant navigation.
(function () {
  function nameProgressBars() {
    var bars = document.querySelectorAll('[role="progressbar"]:not([aria-label]):not([aria-labelledby])');
    for (var i = 0; i < bars.length; i++) bars[i].setAttribute("aria-label", "Page loading");
  }

  function drawer() {
    return document.getElementById("__drawer");
  }

  function menuButton() {
    return document.querySelector('.md-header label[for="__drawer"]');
  }

  function makeMenuButton() {
    var menu = menuButton();
    if (!menu || !drawer() || menu.hasAttribute("tabindex")) return;
    menu.setAttribute("tabindex", "0");
    menu.setAttribute("role", "button");
    if (!menu.hasAttribute("aria-label")) menu.setAttribute("aria-label", "Navigation");
    menu.setAttribute("aria-expanded", String(drawer().checked));
    // Enter on a focused label is already a click in the theme's keyboard handling.
    menu.addEventListener("keydown", function (event) {
      if (event.key !== " ") return;
      event.preventDefault();
      menu.click();
    });
  }

  drawer() &&
    drawer().addEventListener("change", function () {
      var menu = menuButton();
      if (menu) menu.setAttribute("aria-expanded", String(drawer().checked));
    });
  document.addEventListener("keydown", function (event) {
    var toggle = drawer();
    if (event.key !== "Escape" || !toggle || !toggle.checked) return;
    toggle.checked = false;
    toggle.dispatchEvent(new Event("change"));
    var menu = menuButton();
    if (menu) menu.focus();
  });

  function setUp() {
    nameProgressBars();
    makeMenuButton();
  }
  setUp();
  if (typeof document$ !== "undefined") document$.subscribe(setUp);
})();
