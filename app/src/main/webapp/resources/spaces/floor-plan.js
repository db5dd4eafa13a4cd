/*
 * The outline editor of a floor plan (WEB-INF/spaces/outline-editor.xhtml). While a space is picked
 * in #outlineSpace, the plan's links are off: dragging on empty plan draws the space's rectangle,
 * dragging its outline moves it, and the four fields give the same rectangle in percent of the plan
 * for keyboard users. With "Click points for a polygon" pressed, each click adds a corner, and
 * pressing it again keeps the polygon (3 points at least). Outlines are fractions (0..1, 4 decimals) of the plan's width and height, as
 * stored; every change rewrites the hidden field that Save posts: "id=x,y x,y …;id=;…".
 */
var AtriumFloorPlan = (function () {
  var svg = document.getElementById('floorPlan');
  var picker = document.getElementById('outlineSpace');
  var hidden = document.getElementById('outlineForm:outlines');
  if (!svg || !picker || !hidden) {
    return {clear: function () {}};
  }
  var width = Number(svg.getAttribute('data-width'));
  var height = Number(svg.getAttribute('data-height'));
  var fields = ['outlineX', 'outlineY', 'outlineWidth', 'outlineHeight'].map(function (id) {
    return document.getElementById(id);
  });
  var polygonButton = document.getElementById('outlinePolygon');
  var shapes = {};
  var gesture = null;
  var polygon = null; // {original, points} while corners are being clicked

  function round(v) {
    return Math.round(Math.min(1, Math.max(0, v)) * 10000) / 10000;
  }

  function spaceLink(id) {
    return document.getElementById('planSpace-' + id);
  }

  Array.prototype.forEach.call(svg.querySelectorAll('a.plan-space'), function (link) {
    var text = link.getAttribute('data-shape');
    shapes[link.getAttribute('data-space-id')] = text ? text.split(' ').map(function (pair) {
      return pair.split(',').map(Number);
    }) : null;
  });

  function rectangle(x1, y1, x2, y2) {
    var left = round(Math.min(x1, x2)), right = round(Math.max(x1, x2));
    var top = round(Math.min(y1, y2)), bottom = round(Math.max(y1, y2));
    return [[left, top], [right, top], [right, bottom], [left, bottom]];
  }

  function bounds(points) {
    var xs = points.map(function (p) { return p[0]; });
    var ys = points.map(function (p) { return p[1]; });
    return {
      left: Math.min.apply(null, xs), right: Math.max.apply(null, xs),
      top: Math.min.apply(null, ys), bottom: Math.max.apply(null, ys)
    };
  }

  function draw(id) {
    var link = spaceLink(id);
    var points = shapes[id];
    if (!link) {
      return;
    }
    link.classList.toggle('unplaced', !points);
    link.querySelector('polygon').setAttribute('points', points ? points.map(function (p) {
      return (p[0] * width).toFixed(1) + ',' + (p[1] * height).toFixed(1);
    }).join(' ') : '');
    if (points) {
      var b = bounds(points);
      var cx = ((b.left + b.right) / 2 * width).toFixed(1);
      var cy = ((b.top + b.bottom) / 2 * height).toFixed(1);
      var label = link.querySelector('text');
      label.setAttribute('x', cx);
      label.setAttribute('y', cy);
      Array.prototype.forEach.call(label.querySelectorAll('tspan'), function (t) {
        t.setAttribute('x', cx);
      });
    }
  }

  function save() {
    hidden.value = Object.keys(shapes).map(function (id) {
      var points = shapes[id];
      return id + '=' + (points ? points.map(function (p) { return p[0] + ',' + p[1]; }).join(' ') : '');
    }).join(';');
  }

  function showFields() {
    var points = shapes[picker.value];
    var b = points ? bounds(points) : null;
    var values = b ? [b.left, b.top, b.right - b.left, b.bottom - b.top] : ['', '', '', ''];
    fields.forEach(function (field, i) {
      field.value = b ? Math.round(values[i] * 1000) / 10 : '';
      field.disabled = !picker.value;
    });
  }

  function changed(id) {
    draw(id);
    save();
    showFields();
  }

  function finishPolygon() {
    if (!polygon) {
      return;
    }
    shapes[picker.value] = polygon.points.length >= 3 ? polygon.points : polygon.original;
    polygon = null;
    polygonButton.setAttribute('aria-pressed', 'false');
    changed(picker.value);
  }

  function pick(id) {
    finishPolygon();
    picker.value = id;
    svg.classList.toggle('editing', !!id);
    Array.prototype.forEach.call(svg.querySelectorAll('a.plan-space'), function (link) {
      link.classList.toggle('picked', link.getAttribute('data-space-id') === id);
    });
    showFields();
  }

  function atPointer(event) {
    var point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    var inPlan = point.matrixTransform(svg.getScreenCTM().inverse());
    return [Math.min(1, Math.max(0, inPlan.x / width)), Math.min(1, Math.max(0, inPlan.y / height))];
  }

  svg.addEventListener('click', function (event) {
    if (picker.value) {
      event.preventDefault();
    }
  }, true);

  svg.addEventListener('pointerdown', function (event) {
    if (!picker.value) {
      return;
    }
    event.preventDefault();
    var start = atPointer(event);
    if (polygon) {
      if (polygon.points.length < 50) {
        polygon.points.push([round(start[0]), round(start[1])]);
        shapes[picker.value] = polygon.points.length >= 3 ? polygon.points : null;
        draw(picker.value);
      }
      return;
    }
    var link = event.target.closest ? event.target.closest('a.plan-space') : null;
    if (link && shapes[link.getAttribute('data-space-id')]) {
      pick(link.getAttribute('data-space-id'));
      gesture = {kind: 'move', start: start, original: shapes[picker.value].slice()};
    } else {
      gesture = {kind: 'draw', start: start, original: shapes[picker.value]};
    }
    svg.setPointerCapture(event.pointerId);
  });

  svg.addEventListener('pointermove', function (event) {
    if (!gesture) {
      return;
    }
    var now = atPointer(event);
    if (gesture.kind === 'draw') {
      shapes[picker.value] = rectangle(gesture.start[0], gesture.start[1], now[0], now[1]);
    } else {
      var b = bounds(gesture.original);
      var dx = Math.min(1 - b.right, Math.max(-b.left, now[0] - gesture.start[0]));
      var dy = Math.min(1 - b.bottom, Math.max(-b.top, now[1] - gesture.start[1]));
      shapes[picker.value] = gesture.original.map(function (p) {
        return [round(p[0] + dx), round(p[1] + dy)];
      });
    }
    draw(picker.value);
  });

  function finish() {
    if (!gesture) {
      return;
    }
    var points = shapes[picker.value];
    var b = points ? bounds(points) : null;
    if (gesture.kind === 'draw' && (!b || b.right - b.left < 0.005 || b.bottom - b.top < 0.005)) {
      shapes[picker.value] = gesture.original; // a click, not a drag: keep what was there
    }
    gesture = null;
    changed(picker.value);
  }

  svg.addEventListener('pointerup', finish);
  svg.addEventListener('pointercancel', finish);

  picker.addEventListener('change', function () {
    pick(picker.value);
  });

  fields.forEach(function (field) {
    field.addEventListener('change', function () {
      var v = fields.map(function (f) { return Number(f.value) / 100; });
      if (!picker.value || fields.some(function (f) { return f.value === ''; })
          || v.some(isNaN) || v[2] <= 0 || v[3] <= 0) {
        return;
      }
      shapes[picker.value] = rectangle(v[0], v[1], Math.min(1, v[0] + v[2]), Math.min(1, v[1] + v[3]));
      changed(picker.value);
    });
  });

  if (polygonButton) {
    polygonButton.addEventListener('click', function () {
      if (polygon) {
        finishPolygon();
      } else if (picker.value) {
        polygon = {original: shapes[picker.value], points: []};
        polygonButton.setAttribute('aria-pressed', 'true');
      }
    });
  }

  save();
  pick('');
  return {
    clear: function () {
      if (picker.value) {
        shapes[picker.value] = null;
        changed(picker.value);
      }
    }
  };
})();
