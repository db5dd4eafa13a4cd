/*
 * The visitor kiosk's behaviour: back to the welcome screen a few seconds after each result and
 * after a minute without a touch (which also shows a revoked kiosk as not paired), and reading a QR
 * code with the camera: the browser's BarcodeDetector when it reads QR codes, else jsQR (vendored,
 * loaded only then). The camera needs a secure page (HTTPS, or localhost); without one, or without
 * a camera, the screen says so and the visitor types the code. A code read is submitted like a
 * typed one.
 */
(function () {
  "use strict";

  var IDLE_MS = 60000;
  var SCAN_EVERY_MS = 250;
  var resetTimer = null;
  var idleTimer = null;
  var stream = null;
  var detector = null;
  var jsQrLoading = null;

  function byId(id) {
    return document.getElementById(id);
  }

  /** A fresh welcome screen: a new request, so also a fresh check that the kiosk is still paired. */
  function home() {
    window.location.replace(window.location.pathname);
  }

  function idle() {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(home, IDLE_MS);
  }

  /** After every render: a result goes away by itself; the welcome screen waits for a code. */
  function settle() {
    clearTimeout(resetTimer);
    var screen = byId("screen");
    var seconds = screen ? Number(screen.getAttribute("data-reset-seconds")) : 0;
    if (seconds > 0) {
      stopCamera();
      resetTimer = setTimeout(home, seconds * 1000);
      var done = byId("done");
      if (done) {
        done.addEventListener("click", home);
        done.focus();
      }
      return;
    }
    var scan = byId("scan");
    if (scan) {
      scan.addEventListener("click", startCamera);
    }
    var stop = byId("stopScan");
    if (stop) {
      stop.addEventListener("click", stopCamera);
    }
    var code = byId("checkin:code");
    if (code) {
      code.focus();
    }
  }

  function submitCode(text) {
    var input = byId("checkin:code");
    var submit = byId("checkin:submit");
    if (!input || !submit || !text) {
      return false;
    }
    input.value = text;
    submit.click();
    return true;
  }

  function cameraUnavailable() {
    stopCamera();
    var note = byId("cameraUnavailable");
    if (note) {
      note.hidden = false;
    }
    var code = byId("checkin:code");
    if (code) {
      code.focus();
    }
  }

  function loadJsQr() {
    if (window.jsQR) {
      return Promise.resolve(window.jsQR);
    }
    if (!jsQrLoading) {
      jsQrLoading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = byId("screen").getAttribute("data-jsqr");
        script.onload = function () {
          resolve(window.jsQR);
        };
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return jsQrLoading;
  }

  /** A native detector when this browser reads QR codes with one; null otherwise. */
  function nativeDetector() {
    if (!("BarcodeDetector" in window)) {
      return Promise.resolve(null);
    }
    return window.BarcodeDetector.getSupportedFormats()
      .then(function (formats) {
        return formats.indexOf("qr_code") >= 0
          ? new window.BarcodeDetector({ formats: ["qr_code"] })
          : null;
      })
      .catch(function () {
        return null;
      });
  }

  /** The text of the QR code in an image, video frame or canvas, or null. */
  function decode(source, width, height) {
    if (detector) {
      return detector.detect(source).then(function (codes) {
        return codes.length ? codes[0].rawValue : null;
      });
    }
    return loadJsQr().then(function (jsQR) {
      var canvas = document.createElement("canvas");
      canvas.width = width;
      canvas.height = height;
      var context = canvas.getContext("2d", { willReadFrequently: true });
      context.drawImage(source, 0, 0, width, height);
      var found = jsQR(context.getImageData(0, 0, width, height).data, width, height);
      return found ? found.data : null;
    });
  }

  function startCamera() {
    var media = navigator.mediaDevices;
    if (!window.isSecureContext || !media || !media.getUserMedia) {
      cameraUnavailable();
      return;
    }
    idle();
    nativeDetector()
      .then(function (found) {
        detector = found;
        return media.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      })
      .then(function (opened) {
        stream = opened;
        var video = byId("cameraVideo");
        video.srcObject = stream;
        byId("camera").hidden = false;
        return video.play().then(function () {
          scanFrame(video);
        });
      })
      .catch(cameraUnavailable);
  }

  function scanFrame(video) {
    if (!stream) {
      return;
    }
    var next = function () {
      setTimeout(function () {
        scanFrame(video);
      }, SCAN_EVERY_MS);
    };
    if (video.readyState < 2 || !video.videoWidth) {
      next();
      return;
    }
    decode(video, video.videoWidth, video.videoHeight)
      .then(function (text) {
        if (text && stream) {
          stopCamera();
          submitCode(text);
        } else {
          next();
        }
      })
      .catch(next);
  }

  function stopCamera() {
    if (stream) {
      stream.getTracks().forEach(function (track) {
        track.stop();
      });
    }
    stream = null;
    var camera = byId("camera");
    if (camera) {
      camera.hidden = true;
    }
  }

  window.AtriumKiosk = {
    /**
     * Reads a QR code from an image element already loaded and submits it as the visitor's code:
     * the camera's path from a still picture. Resolves to the text read, or null.
     */
    readImage: function (image) {
      return nativeDetector()
        .then(function (found) {
          detector = found;
          return decode(image, image.naturalWidth, image.naturalHeight);
        })
        .then(function (text) {
          if (text) {
            submitCode(text);
          }
          return text;
        });
    }
  };

  ["pointerdown", "keydown", "input"].forEach(function (event) {
    document.addEventListener(event, idle, true);
  });
  if (window.faces && window.faces.ajax) {
    window.faces.ajax.addOnEvent(function (data) {
      if (data.status === "success") {
        settle();
      }
    });
  }
  window.addEventListener("pagehide", stopCamera);
  idle();
  settle();
})();
