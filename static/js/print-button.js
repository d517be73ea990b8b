// Buttons marked data-print open the browser's print dialog. They start hidden, so
// without JavaScript nobody sees a button that does nothing (the browser's own print
// command still works).
(function () {
  "use strict";
  document.querySelectorAll("button[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
