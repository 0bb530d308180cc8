/* Search on the showcase's website (written by Etalase): plain JavaScript, no framework, works
   offline and from a folder opened on disk. The index is search-index.js, loaded before this
   file as a script (window.ETALASE_SEARCH). Every word typed must begin a word of the product
   (code, names, producer, place, category, description); results are built with textContent,
   never from HTML, so whatever a name holds is shown as text. */
(function () {
  "use strict";
  var data = window.ETALASE_SEARCH;
  var list = document.getElementById("results");
  var status = document.getElementById("search-status");
  var input = document.getElementById("q");
  if (!data || !list || !status || !input) { return; }
  var lang = document.documentElement.lang === "en" ? "en" : "id";
  var MAX = 200;
  var products = data.products;

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function words(text) {
    return fold(text).match(/[\p{L}\p{N}]+/gu) || [];
  }

  function card(p) {
    // [page, code, name id, name en, price id, price en, kabupaten, photo, width, height, words]
    var li = document.createElement("li");
    li.className = "card";
    var a = document.createElement("a");
    a.href = "../p/" + encodeURIComponent(p[0]) + "/index.html";
    if (p[7]) {
      var img = document.createElement("img");
      img.src = "../../" + p[7];
      img.width = p[8];
      img.height = p[9];
      img.alt = "";
      img.loading = "lazy";
      a.appendChild(img);
    } else {
      var none = document.createElement("span");
      none.className = "nophoto";
      a.appendChild(none);
    }
    var parts = [["name", lang === "en" ? p[3] : p[2]], ["price", lang === "en" ? p[5] : p[4]], ["where", p[6]]];
    parts.forEach(function (part) {
      if (!part[1]) { return; }
      var span = document.createElement("span");
      span.className = part[0];
      span.textContent = part[1];
      a.appendChild(span);
    });
    li.appendChild(a);
    return li;
  }

  function search(query) {
    var terms = words(query);
    var code = fold(query.trim());
    list.textContent = "";
    if (!terms.length) {
      status.textContent = status.dataset.hint;
      return;
    }
    var found = [];
    for (var i = 0; i < products.length; i++) {
      var p = products[i];
      var hay = p[10];
      var all = true;
      for (var t = 0; t < terms.length && all; t++) {
        all = hay.indexOf(" " + terms[t]) !== -1;
      }
      if (all) {
        var name = fold(lang === "en" ? p[3] : p[2]);
        var score = fold(p[1]) === code ? 0 : (name.indexOf(terms[0]) === 0 ? 1 : 2);
        found.push([score, name, p]);
      }
    }
    found.sort(function (a, b) { return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0); });
    if (!found.length) {
      status.textContent = status.dataset.none;
      return;
    }
    status.textContent = found.length === 1
      ? status.dataset.one
      : status.dataset.count.replace("{n}", found.length.toLocaleString(lang === "en" ? "en" : "id"));
    var fragment = document.createDocumentFragment();
    found.slice(0, MAX).forEach(function (f) { fragment.appendChild(card(f[2])); });
    list.appendChild(fragment);
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  search(input.value);
  var timer = 0;
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { search(input.value); }, 120);
  });
  input.form.addEventListener("submit", function (event) {
    event.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set("q", input.value);
    try { window.history.replaceState(null, "", url.toString()); } catch (e) { /* a file: page may refuse */ }
    search(input.value);
  });
})();
