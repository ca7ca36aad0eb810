// Upload progress: poll the job's JSON status until it is done, then list the new stories.
(function () {
  var box = document.getElementById("job");
  if (!box) { return; }
  var bar = document.getElementById("job-progress");
  var stage = document.getElementById("job-stage");
  function list(id, items, link) {
    var ul = document.getElementById(id);
    ul.textContent = "";
    items.forEach(function (item) {
      var li = document.createElement("li");
      if (link) {
        var a = document.createElement("a");
        a.href = "/stories/" + encodeURIComponent(item.id);
        a.textContent = item.title || item.id;
        li.appendChild(a);
      } else {
        li.textContent = item;
      }
      ul.appendChild(li);
    });
  }
  function poll() {
    fetch("/api/jobs/" + encodeURIComponent(box.getAttribute("data-job")), {credentials: "same-origin"})
      .then(function (r) { return r.json(); })
      .then(function (job) {
        bar.value = job.progress;
        var running = job.status === "running" ? ": " + job.stage + " (" + Math.round(job.progress * 100) + "%)" : "";
        stage.textContent = job.status + running;
        box.setAttribute("data-status", job.status);
        list("job-stories", job.stories || [], true);
        list("job-errors", job.errors || [], false);
        if (job.status === "queued" || job.status === "running") { setTimeout(poll, 500); }
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
