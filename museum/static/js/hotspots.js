// Hotspot editor: drag a rectangle on the scene image; its place (in per cent) fills the
// table's last empty row, where the curator picks the part. The table works without this.
(function () {
  "use strict";
  const scene = document.querySelector("[data-scene]");
  const form = document.querySelector("[data-hotspot-form]");
  if (!scene || !form) return;
  const image = scene.querySelector("img");
  const rows = () => [...form.querySelectorAll("[data-spot-row]")];
  const box = (row, name) => row.querySelector("[data-box='" + name + "']");

  function drawAll() {
    scene.querySelectorAll(".spot").forEach((spot) => spot.remove());
    rows().forEach((row, index) => {
      const values = ["left", "top", "width", "height"].map((name) => parseFloat(box(row, name).value));
      if (values.some(Number.isNaN)) return;
      const spot = document.createElement("div");
      spot.className = "spot";
      spot.textContent = String(index + 1);
      [spot.style.left, spot.style.top, spot.style.width, spot.style.height] = values.map((v) => v + "%");
      scene.appendChild(spot);
    });
  }

  let start = null;
  let drawing = null;
  const percent = (event) => {
    const rect = image.getBoundingClientRect();
    return {
      x: Math.min(100, Math.max(0, ((event.clientX - rect.left) / rect.width) * 100)),
      y: Math.min(100, Math.max(0, ((event.clientY - rect.top) / rect.height) * 100)),
    };
  };
  scene.addEventListener("pointerdown", (event) => {
    start = percent(event);
    drawing = document.createElement("div");
    drawing.className = "spot drawing";
    scene.appendChild(drawing);
    scene.setPointerCapture(event.pointerId);
  });
  scene.addEventListener("pointermove", (event) => {
    if (!start) return;
    const now = percent(event);
    drawing.style.left = Math.min(start.x, now.x) + "%";
    drawing.style.top = Math.min(start.y, now.y) + "%";
    drawing.style.width = Math.abs(now.x - start.x) + "%";
    drawing.style.height = Math.abs(now.y - start.y) + "%";
  });
  scene.addEventListener("pointerup", (event) => {
    if (!start) return;
    const now = percent(event);
    const values = {
      left: Math.min(start.x, now.x), top: Math.min(start.y, now.y),
      width: Math.abs(now.x - start.x), height: Math.abs(now.y - start.y),
    };
    start = null;
    drawing.remove();
    if (values.width < 1 || values.height < 1) return;
    const row = rows()[rows().length - 1];
    Object.entries(values).forEach(([name, value]) => { box(row, name).value = value.toFixed(1); });
    row.querySelector("select").focus();
    drawAll();
  });
  form.addEventListener("input", drawAll);
  drawAll();
})();
