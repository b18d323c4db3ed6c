/*
 * Loaded right before Chart.js's UMD build (web resource roadmap-portfolio-chart). Jira's pages define an AMD loader
 * (almond) that refuses anonymous define() calls, and the UMD build makes one whenever define.amd is set; so define
 * is hidden while Chart.js loads and chartjs-amd-after.js puts it back.
 */
(function (window) {
    'use strict';
    window.__roadmapChartGuard = {define: window.define, chart: window.Chart, hadChart: 'Chart' in window};
    window.define = undefined;
})(window);
