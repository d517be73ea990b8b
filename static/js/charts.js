/*
 * Draws each report chart from the data table beside it, so the table stays the source
 * of truth and the page works (and reads) without JavaScript. No inline script: a table
 * marked data-chart="line" or "bar" is drawn into the element whose data-chart-for names
 * its id. Series are the columns whose cells carry data-value; labels are the row headers.
 */
(function () {
  "use strict";

  var COLOURS = ["#005ea2", "#c05600", "#00a398", "#8168b3", "#d83933"];

  function series(table) {
    var heads = table.querySelectorAll("thead th");
    var rows = table.querySelectorAll("tbody tr");
    var labels = [];
    var datasets = [];
    rows.forEach(function (row) {
      var head = row.querySelector("th");
      labels.push(head ? head.textContent.trim() : "");
    });
    heads.forEach(function (head, column) {
      if (column === 0) return;
      var values = [];
      var numeric = true;
      rows.forEach(function (row) {
        var cell = row.children[column];
        if (!cell || !cell.hasAttribute("data-value")) {
          numeric = false;
          return;
        }
        values.push(Number(cell.getAttribute("data-value")));
      });
      if (!numeric || !values.length) return;
      var colour = COLOURS[datasets.length % COLOURS.length];
      datasets.push({
        label: head.textContent.trim(),
        data: values,
        borderColor: colour,
        backgroundColor: colour,
        tension: 0
      });
    });
    return { labels: labels, datasets: datasets };
  }

  function draw(table) {
    var slot = document.querySelector('[data-chart-for="' + table.id + '"]');
    if (!slot || !window.Chart) return;
    var data = series(table);
    if (!data.datasets.length) return;
    // The slot carries the translated description; the caption is the fallback.
    var caption = table.querySelector("caption");
    var canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute(
      "aria-label",
      slot.getAttribute("data-chart-label") || (caption ? caption.textContent.trim() : "")
    );
    slot.appendChild(canvas);
    new window.Chart(canvas, {
      type: table.getAttribute("data-chart") === "line" ? "line" : "bar",
      data: data,
      options: {
        animation: false,
        responsive: true,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: "bottom" } }
      }
    });
  }

  function drawAll() {
    document.querySelectorAll("table[data-chart][id]").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
