// The SPARQL editor: YASGUI with every catalog query as a tab, sent to the web app's read-only proxy.
(function () {
  "use strict";
  var host = document.getElementById("yasgui");
  // the catalog comes as JSON: the Content-Security-Policy allows no inline script to carry it
  fetch(host.dataset.catalog).then(function (r) { return r.json(); }).then(start);

  function start(catalog) {
    var endpoint = new URL(host.dataset.endpoint, window.location.href).toString();

    // YASR's own labels are English; the workbench speaks Chinese
    var Yasr = Yasgui.Yasr;
    var CONTROLS = { "Simple view": "简单视图", "Ellipse": "截断长文本" };
    function chinese(name, label, relabelControls) {
      var Base = Yasr.plugins[name];
      var Chinese = class extends Base {
        constructor(yasr) { super(yasr); this.label = label; }
        drawControls() {
          super.drawControls();
          if (relabelControls && this.tableControls) {
            this.tableControls.querySelectorAll(".label").forEach(function (l) { l.textContent = CONTROLS[l.textContent] || l.textContent; });
            this.tableControls.querySelectorAll(".tableFilter").forEach(function (f) { f.placeholder = "筛选结果"; });
            this.tableControls.querySelectorAll(".pageSizerLabel").forEach(function (l) { l.textContent = "每页行数："; });
          }
        }
      };
      Object.assign(Chinese, Base);
      Yasr.registerPlugin(name, Chinese);
    }
    chinese("table", "表格", true);
    chinese("response", "原始响应", false);
    Object.assign(Yasr.plugins.table.defaults.tableConfig.language, {
      info: "第 _START_–_END_ 行，共 _TOTAL_ 行", infoEmpty: "无结果", infoFiltered: "（从 _MAX_ 行中筛选）",
      zeroRecords: "没有匹配的结果", emptyTable: "查询没有返回结果"
    });

    var yasgui = new Yasgui(host, {
      persistenceId: null,          // the catalog is the starting point on every visit
      autoAddOnInit: false,
      populateFromUrl: false,
      tabName: "查询",
      requestConfig: { endpoint: endpoint, method: "POST" },
      copyEndpointOnNewTab: true,
      yasr: { defaultPlugin: "table" }
    });

    var byName = {};
    var tabOf = {};
    catalog.forEach(function (q, i) {
      byName[q.name] = q;
      var tab = yasgui.addTab(i === 0, {
        name: q.name,
        yasqe: { value: q.text, editorHeight: "260px" },
        // plain values ("5", not "5"^^xsd:integer) unless the user turns 简单视图 off
        yasr: { settings: { selectedPlugin: "table", pluginsConfig: { table: { compact: true } } } },
        requestConfig: { endpoint: endpoint, method: "POST" }
      });
      tabOf[q.name] = tab.getId();
    });

    function describe(tab) {
      var q = tab ? byName[tab.getName()] : undefined;
      document.getElementById("query-name").textContent = q ? q.name : (tab ? tab.getName() : "查询");
      document.getElementById("query-description").textContent = q ? q.description : "自定义查询。";
      var params = q ? q.params : [];
      var body = document.querySelector("#query-params tbody");
      body.replaceChildren();
      params.forEach(function (p) {
        var row = document.createElement("tr");
        [p.name, p.type, p.description].forEach(function (v) {
          var cell = document.createElement("td");
          cell.textContent = v;
          row.appendChild(cell);
        });
        body.appendChild(row);
      });
      document.getElementById("query-params").hidden = params.length === 0;
      document.getElementById("query-noparams").hidden = params.length > 0;
      document.querySelectorAll("button.catalog-query").forEach(function (b) {
        b.setAttribute("aria-pressed", String(q !== undefined && b.dataset.query === q.name));
      });
    }

    document.querySelectorAll("button.catalog-query").forEach(function (b) {
      b.addEventListener("click", function () {
        yasgui.selectTabId(tabOf[b.dataset.query]);
        describe(yasgui.getTab(tabOf[b.dataset.query]));
      });
    });
    yasgui.on("tabSelect", function (instance, id) { describe(instance.getTab(id)); });
    describe(yasgui.getTab());
  }
})();
