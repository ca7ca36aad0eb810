// Facts filter: show only the facts whose status matches the pressed button.
document.querySelectorAll(".story").forEach(function (story) {
  var buttons = story.querySelectorAll(".filters button");
  buttons.forEach(function (b) {
    b.addEventListener("click", function () {
      buttons.forEach(function (o) { o.setAttribute("aria-pressed", o === b ? "true" : "false"); });
      var want = b.getAttribute("data-filter");
      story.querySelectorAll("tr.fact").forEach(function (row) {
        row.hidden = want !== "all" && row.getAttribute("data-status") !== want;
      });
    });
  });
});
