/** The colours the analysis charts share: the app's paper, ink and accent, from pale to deep for more. */

/** The visual map's range, from the fewest to the most. */
export const HEAT_COLORS = ['#f6ebe6', '#e3b7a9', '#c4705d', '#9c3b2f', '#6b2219'];
/** Text and rules on the chart, as the app draws them (styles.css: --ink-soft, --rule). */
export const CHART_INK = '#5b616b';
export const CHART_RULE = '#e2ded4';
