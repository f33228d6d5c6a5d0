// The clerk's workspace: progressive enhancement only. Every change is a form that works
// without this file; here the agenda's items can also be dragged, and after an htmx swap
// the focus follows the moved item's button so keyboard reordering can continue.
(function () {
  "use strict";
  document.body.className += " js-enabled" +
    ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");

  function agendaList() {
    return document.querySelector("[data-agenda-list]");
  }

  function moveTo(item, toIndex) {
    const form = item.querySelector("form[data-move-form]");
    if (!form) return;
    const body = new FormData(form);
    body.delete("direction");
    body.set("to_index", String(toIndex));
    if (window.htmx) {
      window.htmx.ajax("POST", form.action, {
        target: "#agenda",
        swap: "outerHTML",
        values: Object.fromEntries(body.entries()),
      });
    } else {
      form.querySelector("input[name=to_index]").value = String(toIndex);
      form.submit();
    }
  }

  function enableDrag() {
    const list = agendaList();
    if (!list || list.dataset.dragReady) return;
    list.dataset.dragReady = "1";
    let dragged = null;
    list.querySelectorAll("[data-agenda-item]").forEach(function (item) {
      item.setAttribute("draggable", "true");
      item.addEventListener("dragstart", function (event) {
        dragged = item;
        item.classList.add("moot-agenda__item--dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", item.id);
      });
      item.addEventListener("dragend", function () {
        item.classList.remove("moot-agenda__item--dragging");
        dragged = null;
      });
      item.addEventListener("dragover", function (event) {
        if (dragged && dragged !== item) {
          event.preventDefault();
          event.dataTransfer.dropEffect = "move";
          item.classList.add("moot-agenda__item--drop-target");
        }
      });
      item.addEventListener("dragleave", function () {
        item.classList.remove("moot-agenda__item--drop-target");
      });
      item.addEventListener("drop", function (event) {
        event.preventDefault();
        item.classList.remove("moot-agenda__item--drop-target");
        if (!dragged || dragged === item) return;
        const items = Array.from(list.querySelectorAll("[data-agenda-item]"));
        const without = items.filter(function (i) { return i !== dragged; });
        moveTo(dragged, without.indexOf(item));
      });
    });
  }

  function refocus() {
    const list = agendaList();
    if (!list) return;
    const moved = list.dataset.moved;
    const direction = list.dataset.focus;
    if (!moved) return;
    // The list is replaced, so the news is told through the live region kept outside it.
    const message = list.parentElement.querySelector("[data-agenda-message]");
    const announcement = document.getElementById("agenda-announcement");
    if (message && announcement) announcement.textContent = message.textContent;
    const item = document.getElementById("item-" + moved);
    if (!item) return;
    const button = item.querySelector("button[value=" + (direction || "up") + "]") ||
      item.querySelector("button[name=direction]");
    if (button) button.focus();
  }

  // Live mode: a declaration, vote or action form answers by replacing only its item's
  // section (htmx); the focus goes to the refusal if there is one, else to the item's
  // heading, so a keyboard user carries on from where they were.
  function refocusLiveItem(event) {
    const form = event.detail && event.detail.requestConfig && event.detail.requestConfig.elt;
    if (!form || !form.hasAttribute || !form.hasAttribute("data-live-item-form")) return;
    const id = form.getAttribute("hx-target").slice(1);
    const section = document.getElementById(id);
    if (!section) return;
    const error = section.querySelector(".govuk-error-summary, .govuk-error-message");
    const target = error || section.querySelector("h3");
    if (!target) return;
    target.setAttribute("tabindex", "-1");
    target.focus();
  }

  document.addEventListener("DOMContentLoaded", enableDrag);
  document.addEventListener("htmx:afterSettle", refocusLiveItem);
  document.addEventListener("htmx:afterSettle", function () {
    enableDrag();
    refocus();
  });
})();
