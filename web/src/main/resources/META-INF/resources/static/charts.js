// The console's charts (ECharts, loaded before this file). Each chart draws the table it stands beside, so
// the figures live once, in the page's language, and the table is what assistive technology reads:
//   <div class="chart" data-chart="funnel|bars|percent|days" data-table="table-id" data-columns="1,2">
// (a chart of days may name its period, data-from and data-to: the days its table leaves out are drawn as 0)
// A row's label is its first cell; a column's values are the cells' data-value (blank: no value), its name
// the column's header. A table foot (a total) is not drawn. Tooltips are drawn on the canvas ('richText'):
// the HTML ones carry inline styles, which the Content-Security-Policy refuses.
(function () {
  'use strict';
  var palette = ['#12355b', '#2a7f62', '#c05717', '#6b4c9a', '#8a6d00'];

  function text(cell) {
    return cell ? cell.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  function read(table, columns) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var header = table.tHead.rows[0].cells;
    return {
      labels: rows.map(function (row) { return text(row.cells[0]); }),
      series: columns.map(function (column) {
        return {
          name: text(header[column]),
          values: rows.map(function (row) {
            var value = row.cells[column] ? row.cells[column].getAttribute('data-value') : null;
            return value === null || value === '' ? null : Number(value);
          })
        };
      })
    };
  }

  // The table lists only the days with walk-ins; the chart's axis runs over every day of the period, a day the
  // table leaves out drawn as 0 (dates are ISO days, stepped in UTC so that no clock change skips or repeats one).
  function everyDay(data, from, to) {
    var byLabel = {};
    data.labels.forEach(function (label, i) { byLabel[label] = i; });
    var labels = [];
    for (var day = new Date(from + 'T00:00:00Z'), end = new Date(to + 'T00:00:00Z');
         day <= end && labels.length < 1000; day.setUTCDate(day.getUTCDate() + 1)) {
      labels.push(day.toISOString().slice(0, 10));
    }
    if (!labels.length) {
      return data;
    }
    return {
      labels: labels,
      series: data.series.map(function (s) {
        return {
          name: s.name,
          values: labels.map(function (label) { return label in byLabel ? s.values[byLabel[label]] : 0; })
        };
      })
    };
  }

  function option(kind, data) {
    var tooltip = { renderMode: 'richText', trigger: kind === 'funnel' ? 'item' : 'axis' };
    if (kind === 'funnel') {
      var values = data.series[0].values;
      return {
        color: palette, tooltip: tooltip,
        series: [{
          // widths in proportion to the first stage; a stage of a few still wide enough for its label
          type: 'funnel', sort: 'none', left: '5%', width: '90%', top: 8, bottom: 8, gap: 2,
          min: 0, max: Math.max.apply(null, values.concat([1])), minSize: '34%',
          label: { show: true, position: 'inside', color: '#fff', formatter: '{b}: {c}' },
          data: data.labels.map(function (label, i) { return { name: label, value: values[i] }; })
        }]
      };
    }
    if (kind === 'days') {
      // one column group per day, left to right (a month of days stays one screen wide)
      return {
        color: palette, tooltip: tooltip,
        legend: { show: data.series.length > 1, top: 0 },
        grid: { left: 8, right: 8, top: data.series.length > 1 ? 32 : 8, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: data.labels.map(function (label) { return label.slice(5); }) },
        yAxis: { type: 'value', minInterval: 1 },
        series: data.series.map(function (s) {
          return { type: 'bar', name: s.name, data: s.values, barMaxWidth: 18 };
        })
      };
    }
    var percent = kind === 'percent';
    return {
      color: palette, tooltip: tooltip,
      legend: { show: data.series.length > 1, top: 0 },
      grid: { left: 8, right: 48, top: data.series.length > 1 ? 32 : 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: percent ? 100 : null, minInterval: percent ? 0 : 1 },
      yAxis: { type: 'category', data: data.labels, inverse: true },
      series: data.series.map(function (s) {
        return {
          type: 'bar', name: s.name, data: s.values, barMaxWidth: 28,
          label: { show: true, position: 'right', formatter: percent ? '{c} %' : '{c}' }
        };
      })
    };
  }

  function draw(element) {
    var table = document.getElementById(element.getAttribute('data-table'));
    if (!table || !table.tBodies.length || typeof echarts === 'undefined') {
      return;
    }
    var columns = element.getAttribute('data-columns').split(',').map(Number);
    var data = read(table, columns);
    if (element.hasAttribute('data-from') && element.hasAttribute('data-to')) {
      data = everyDay(data, element.getAttribute('data-from'), element.getAttribute('data-to'));
    }
    var any = data.series.some(function (s) { return s.values.some(function (v) { return v !== null; }); });
    if (!any) {
      element.hidden = true; // nothing to draw (no survey yet): the table says so
      return;
    }
    if (element.getAttribute('data-chart') === 'days') {
      element.style.height = '260px';
    } else if (element.getAttribute('data-chart') !== 'funnel') {
      // as tall as its bars need (CSSOM, which the policy allows, unlike a style attribute)
      element.style.height = (48 + 40 * data.labels.length * Math.max(1, data.series.length * 0.7)) + 'px';
    }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option(element.getAttribute('data-chart'), data));
    window.addEventListener('resize', function () { chart.resize(); });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), draw);
}());
