/*
 * After Chart.js's UMD build: restores the page's define and window.Chart (another app's copy stays untouched) and
 * offers this copy as the AMD module 'no/veikart/roadmap/chartjs', or as Roadmap.Chart where there is no AMD loader.
 */
(function (window) {
    'use strict';
    var guard = window.__roadmapChartGuard || {};
    var chart = window.Chart;
    window.define = guard.define;
    if (guard.hadChart) {
        window.Chart = guard.chart;
    } else {
        try {
            delete window.Chart;
        } catch (e) {
            window.Chart = undefined;
        }
    }
    try {
        delete window.__roadmapChartGuard;
    } catch (e) {
        window.__roadmapChartGuard = undefined;
    }
    window.Roadmap = window.Roadmap || {};
    window.Roadmap.Chart = chart;
    if (typeof window.define === 'function' && window.define.amd) {
        window.define('no/veikart/roadmap/chartjs', [], function () {
            return chart;
        });
    }
})(window);
