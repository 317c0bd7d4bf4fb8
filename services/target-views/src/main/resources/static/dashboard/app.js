// The monitoring dashboard: reads the target-views API (docs/target-views.md) with the user's bearer token and
// follows the view on screen over its Server-Sent Events stream, re-reading it whenever an event changes it.
'use strict';

window.__dashboardLoadedAt = window.__dashboardLoadedAt || Date.now();

const API = '/api/views';
const TOKEN_KEY = 'plan.dashboard.token';
const LANG_KEY = 'plan.dashboard.lang';
const DEFAULT_PERIOD = '2015-2017';
const CONTRACT_PERIODS = ['2015', '2016', '2017', '2015-2017'];
const REFRESH_DEBOUNCE_MS = 200;
const RECONNECT_MAX_MS = 30000;
const STREAM_SILENCE_MS = 45000;

const STATUSES = ['AHEAD', 'ON_TRACK', 'AT_RISK', 'BEHIND', 'NO_TARGET', 'NO_DATA'];
const STATUS_COLOURS = {
    AHEAD: '#1a7f5a', ON_TRACK: '#4caf7a', AT_RISK: '#e0a019', BEHIND: '#d0453b', NO_TARGET: '#8c96a3', NO_DATA: '#c5ccd6',
};
const DISCIPLINE = ['ON_TIME', 'LATE', 'MISSING', 'NOT_DUE'];
const DISCIPLINE_SYMBOLS = { ON_TIME: '✓', LATE: '!', MISSING: '✕', NOT_DUE: '·' };
const COMPARATOR_SYMBOLS = { AT_LEAST: '≥', AT_MOST: '≤', ABOUT: '≈' };

const TEXT = {
    zh: {
        title: '清远市工业转型升级三年行动监测',
        period: '考核期', year: '年度', county: '县(市、区)', legend: '进度状态',
        tabCity: '全市概况', tabCounty: '县(市、区)', tabRanking: '县区排名', tabReporting: '报送纪律', tabSupervision: '督办名单',
        liveConnecting: '连接中', liveOn: '实时更新', liveOff: '离线',
        tokenHeading: '请输入访问令牌', tokenLabel: '访问令牌', tokenSubmit: '进入',
        tokenHelp: '监测数据需要访问令牌(make token ROLE=monitor)。令牌只保存在本浏览器标签页中。',
        tokenRejected: '令牌无效或已过期,请重新输入。', signOut: '清除令牌',
        footer: '数据来源:各部门报送的事件,经目标视图服务汇总。',
        chartPercentLabel: '各指标完成目标与时序进度的百分比', chartRankingLabel: '各县(市、区)综合得分',
        colIndicator: '指标', colTarget: '目标', colActual: '完成', colPercentOfTarget: '完成目标', colExpected: '时序进度目标',
        colPercentOfExpected: '完成时序进度', colStatus: '状态', colRank: '排名', colLatest: '最新月份',
        colCounty: '县(市、区)', colScore: '综合得分', colWithTarget: '有目标指标',
        colUnit: '报送单位', colKind: '类别', colOnTime: '按时', colLate: '迟报', colMissing: '未报',
        percentOfTarget: '完成目标 %', percentOfExpected: '完成时序进度 %', score: '综合得分',
        cityHeading: (name, period) => `${name} · ${period}`,
        countyHeading: (name, period) => `${name} · ${period}`,
        rankingHeading: (period) => `县区排名 · ${period}`,
        reportingHeading: (year) => `报送纪律 · ${year}年`,
        supervisionHeading: (year) => `督办名单 · ${year}年`,
        supervisionIntro: (n) => `未完成年度目标且排名后 ${n} 位的县(市、区)列入督办名单(实施方案第4.4节)。`,
        supervisionEmpty: '本年度没有县(市、区)列入督办名单。',
        cityTotals: '全市合计', countyTotals: '各县(市、区)合计', colProjectReports: '项目投资月报(按时/迟报)',
        progressHint: '进度 = 完成 ÷ 时序进度目标', scoreHint: '综合得分:有目标指标的平均进度(单项封顶150%)',
        asOf: (asOf, elapsed, total) => `数据截至 ${asOf}` + (total ? ` · 已过 ${elapsed}/${total} 个月` : ''),
        periodLabel: (p) => (p.includes('-') ? `${p.replace('-', '–')} 三年` : `${p}年`),
        rankOf: (rank, among) => `${rank}/${among}`,
        exportCsv: '导出 CSV', exportXlsx: '导出 Excel', exporting: '导出中…', exportFailed: '导出失败',
        loadFailed: '数据加载失败', noChartData: '暂无可比较的目标数据', noChart: '图表组件未加载',
        unitNames: { '亿元': '亿元', '万元': '万元', '万kW': '万千瓦', '吨': '吨', count: '个', '%': '%' },
        kinds: { 'statistical-return': '统计报表', 'energy-return': '能耗报表', 'park-figures': '园区报表' },
        status: { AHEAD: '超前', ON_TRACK: '正常', AT_RISK: '预警', BEHIND: '滞后', NO_TARGET: '无目标', NO_DATA: '无数据' },
        discipline: { ON_TIME: '按时', LATE: '迟报', MISSING: '未报', NOT_DUE: '未到期' },
        langToggle: 'English',
        asOfLabel: '查看时点', asOfHint: '清远时间(UTC+8)', asOfApply: '查看', asOfLive: '实时', asOfMissing: '请选择日期和时间',
        liveAsOf: (moment) => `截至 ${moment}`,
        provenanceOpen: '查看该数字的来源', provenanceHeading: '数据来源', provenanceClose: '关闭', provenanceLoading: '正在读取来源…',
        provenanceFailed: '无法读取来源', provenanceFigure: '数值', provenanceFormula: '计算方法', provenanceNote: '说明',
        provenanceFacts: '计入的数据', provenanceNoFacts: '没有计入的数据', provenanceEvents: '事件',
        provenanceNow: '当前', provenanceCity: '全市',
        colMember: '项目/单位', colMonth: '月份', colValue: '数值', colCounted: '是否计入', colRecordedAt: '记录时间',
        colSubmittedBy: '提交人', colEventType: '事件类型', colSupersedes: '取代', colReason: '理由',
        counted: { true: '计入', false: '不计入' }, lateMark: '迟报',
        partRoles: { numerator: '分子', denominator: '分母', current: '本期', previous: '上年同期', of: '基数' },
    },
    en: {
        title: 'Qingyuan industrial transformation plan monitor',
        period: 'Period', year: 'Year', county: 'County', legend: 'Progress status',
        tabCity: 'City overview', tabCounty: 'County drill-down', tabRanking: 'County ranking', tabReporting: 'Reporting discipline',
        tabSupervision: 'Supervision list',
        liveConnecting: 'Connecting', liveOn: 'Live', liveOff: 'Offline',
        tokenHeading: 'Enter your access token', tokenLabel: 'Access token', tokenSubmit: 'Open',
        tokenHelp: 'The monitoring data needs an access token (make token ROLE=monitor). It is kept in this browser tab only.',
        tokenRejected: 'The token is invalid or has expired; please enter another.', signOut: 'Forget token',
        footer: 'Source: the events departments submit, folded by the target-views service.',
        chartPercentLabel: 'Percent of target and of the expected progress per indicator', chartRankingLabel: 'Score per county',
        colIndicator: 'Indicator', colTarget: 'Target', colActual: 'Actual', colPercentOfTarget: '% of target', colExpected: 'Expected by now',
        colPercentOfExpected: '% of expected', colStatus: 'Status', colRank: 'Rank', colLatest: 'Latest month',
        colCounty: 'County', colScore: 'Score', colWithTarget: 'With target',
        colUnit: 'Reporting unit', colKind: 'Kind', colOnTime: 'On time', colLate: 'Late', colMissing: 'Missing',
        percentOfTarget: '% of target', percentOfExpected: '% of expected', score: 'Score',
        cityHeading: (name, period) => `${name} · ${period}`,
        countyHeading: (name, period) => `${name} · ${period}`,
        rankingHeading: (period) => `County ranking · ${period}`,
        reportingHeading: (year) => `Reporting discipline · ${year}`,
        supervisionHeading: (year) => `Supervision list · ${year}`,
        supervisionIntro: (n) => `Counties that miss an annual target and rank in the bottom ${n} for it are summoned (plan section 4.4).`,
        supervisionEmpty: 'No county is on the supervision list this year.',
        cityTotals: 'City total', countyTotals: 'Totals per county', colProjectReports: 'Project reports (on time / late)',
        progressHint: 'progress = actual ÷ expected by now', scoreHint: 'Score: mean progress over the indicators with a target (each capped at 150%)',
        asOf: (asOf, elapsed, total) => `Data as of ${asOf}` + (total ? ` · ${elapsed} of ${total} months elapsed` : ''),
        periodLabel: (p) => (p.includes('-') ? `${p.replace('-', '–')} (whole plan)` : p),
        rankOf: (rank, among) => `${rank} of ${among}`,
        exportCsv: 'Export CSV', exportXlsx: 'Export Excel', exporting: 'Exporting…', exportFailed: 'Export failed',
        loadFailed: 'Could not load the data', noChartData: 'No indicator with a target to compare yet', noChart: 'Charts are not loaded',
        unitNames: { '亿元': '100M CNY', '万元': '10k CNY', '万kW': '10k kW', '吨': 't', count: '', '%': '%' },
        kinds: { 'statistical-return': 'Statistical return', 'energy-return': 'Energy return', 'park-figures': 'Park figures' },
        status: { AHEAD: 'Ahead', ON_TRACK: 'On track', AT_RISK: 'At risk', BEHIND: 'Behind', NO_TARGET: 'No target', NO_DATA: 'No data' },
        discipline: { ON_TIME: 'On time', LATE: 'Late', MISSING: 'Missing', NOT_DUE: 'Not due' },
        langToggle: '中文',
        asOfLabel: 'As of', asOfHint: 'Qingyuan time (UTC+8)', asOfApply: 'Show', asOfLive: 'Live', asOfMissing: 'Choose a date and time',
        liveAsOf: (moment) => `As of ${moment}`,
        provenanceOpen: 'Show where this figure comes from', provenanceHeading: 'Provenance', provenanceClose: 'Close',
        provenanceLoading: 'Reading the provenance…', provenanceFailed: 'Could not read the provenance', provenanceFigure: 'Figure',
        provenanceFormula: 'Formula', provenanceNote: 'Note', provenanceFacts: 'Facts', provenanceNoFacts: 'No fact is counted',
        provenanceEvents: 'Events', provenanceNow: 'now', provenanceCity: 'Citywide',
        colMember: 'Member', colMonth: 'Month', colValue: 'Value', colCounted: 'Counted', colRecordedAt: 'Recorded at',
        colSubmittedBy: 'Submitted by', colEventType: 'Event', colSupersedes: 'Supersedes', colReason: 'Reason',
        counted: { true: 'Yes', false: 'No' }, lateMark: 'late',
        partRoles: { numerator: 'Numerator', denominator: 'Denominator', current: 'Current', previous: 'A year earlier', of: 'Of' },
    },
};

const state = {
    token: null,
    lang: localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh',
    view: 'city',
    period: DEFAULT_PERIOD,
    year: null,
    county: null,
    catalogue: null,
    data: {},
    changedKeys: new Set(),
    // Auditors only: the moment every view is shown as of (ISO-8601 with +08:00; null = live) and the open provenance.
    auditor: false,
    asOf: null,
    provenance: null,
};

// ---------------------------------------------------------------- small helpers

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) {
        if (value == null || value === false) continue;
        if (key === 'className') node.className = value;
        else if (key === 'text') node.textContent = value;
        // Through the CSSOM: a style attribute is inline style, which the Content-Security-Policy refuses.
        else if (key === 'style') node.style.cssText = value;
        else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value === true ? '' : value);
    }
    node.append(...children.flat().filter((child) => child != null));
    return node;
}

function t(key, ...args) {
    const entry = TEXT[state.lang][key];
    return typeof entry === 'function' ? entry(...args) : entry;
}

/** The name of anything the API names in both languages (indicators, counties, the city). */
function localName(item) {
    if (!item) return '';
    return (state.lang === 'zh' ? item.nameZh : item.nameEn) || item.nameZh || item.nameEn || item.indicator || item.county || '';
}

function locale() {
    return state.lang === 'zh' ? 'zh-CN' : 'en-GB';
}

function decimalsFor(unit) {
    if (unit === 'count') return 0;
    if (unit === '%') return 1;
    return 2;
}

/** Fixed decimals, so that a column of figures lines up. */
function formatNumber(value, digits = 2) {
    if (value == null || Number.isNaN(Number(value))) return '—';
    return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

function formatPercent(value) {
    return value == null ? '—' : `${formatNumber(value, 1)}%`;
}

function unitLabel(unit) {
    const names = t('unitNames');
    return unit in names ? names[unit] : unit || '';
}

/** A figure with its unit, the unit in a muted span so columns of numbers stay easy to scan. */
function quantity(value, unit) {
    const number = el('span', { className: 'num', text: formatNumber(value, decimalsFor(unit)) });
    const label = value == null ? '' : unitLabel(unit);
    if (!label) return [number];
    if (unit === '%') return [number, el('span', { className: 'unit unit--tight', text: '%' })];
    return [number, ' ', el('span', { className: 'unit', text: label })];
}

function periodLabel(period) {
    return t('periodLabel', period);
}

function isYear(period) {
    return /^\d{4}$/.test(period);
}

function statusBadge(status) {
    const known = STATUSES.includes(status) ? status : 'NO_DATA';
    return el('span', { className: `badge badge--${known.toLowerCase()}`, 'data-status': known, text: t('status')[known] });
}

function progressBar(percent, status) {
    if (percent == null) return null;
    const width = Math.max(0, Math.min(100, Number(percent) || 0));
    return el('span', { className: 'bar', 'aria-hidden': 'true' },
        el('span', { className: `bar__fill bar__fill--${(status || 'NO_DATA').toLowerCase()}`, style: `width:${width}%` }));
}

function showError(view, error) {
    const box = $(`#view-${view} .view__error`);
    if (!box) return;
    box.hidden = !error;
    box.textContent = error ? `${t('loadFailed')}: ${error.message}` : '';
}

// ---------------------------------------------------------------- authentication

/** Takes a token from the address's fragment (and removes it from the address bar), else from this tab's storage. */
function readToken() {
    const fragment = new URLSearchParams(window.location.hash.slice(1));
    const fromFragment = fragment.get('token');
    if (fromFragment) {
        sessionStorage.setItem(TOKEN_KEY, fromFragment);
        fragment.delete('token');
        const rest = fragment.toString();
        history.replaceState(null, '', window.location.pathname + window.location.search + (rest ? `#${rest}` : ''));
        return fromFragment;
    }
    return sessionStorage.getItem(TOKEN_KEY);
}

function askForToken(rejected) {
    stopFollowing();
    state.token = null;
    state.auditor = false;
    state.asOf = null;
    renderAuditControls();
    sessionStorage.removeItem(TOKEN_KEY);
    $('#dashboard').hidden = true;
    $('#sign-out').hidden = true;
    $('#token-panel').hidden = false;
    const error = $('#token-error');
    error.hidden = !rejected;
    error.textContent = rejected ? t('tokenRejected') : '';
    setLive('offline');
    $('#token-input').focus();
}

function onTokenSubmitted(event) {
    event.preventDefault();
    const token = $('#token-input').value.trim().replace(/^Bearer\s+/i, '');
    if (!token) return;
    $('#token-input').value = '';
    sessionStorage.setItem(TOKEN_KEY, token);
    start(token);
}

/** The token's claims, read without checking its signature (the services do): only to choose what to offer. */
function tokenClaims(token) {
    try {
        const part = String(token).split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
        const binary = atob(part.padEnd(Math.ceil(part.length / 4) * 4, '='));
        return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    } catch (ignored) {
        return {};
    }
}

function authHeaders(extra = {}) {
    return { Authorization: `Bearer ${state.token}`, ...extra };
}

class Unauthorized extends Error {}

// ---------------------------------------------------------------- the API

const VIEWS = {
    city: { path: () => '/city', params: () => ({ period: state.period }), render: renderCity },
    county: { path: () => `/counties/${encodeURIComponent(state.county)}`, params: () => ({ period: state.period }), render: renderCounty },
    ranking: { path: () => '/ranking', params: () => ({ period: state.period }), render: renderRanking },
    reporting: { path: () => '/reporting', params: () => ({ year: state.year }), render: renderReporting },
    supervision: { path: () => '/supervision', params: () => ({ year: state.year }), render: renderSupervision },
};

/** A view's address; while an auditor looks at a past moment, every read (exports included) is of that moment. */
function viewUrl(view, extra = {}) {
    const descriptor = VIEWS[view];
    const moment = state.asOf ? { asOf: state.asOf } : {};
    return `${API}${descriptor.path()}?${new URLSearchParams({ ...descriptor.params(), ...moment, ...extra })}`;
}

function streamUrl(view) {
    const descriptor = VIEWS[view];
    return `${API}${descriptor.path()}/stream?${new URLSearchParams(descriptor.params())}`;
}

async function getJson(url) {
    const response = await fetch(url, { headers: authHeaders({ Accept: 'application/json' }), cache: 'no-store' });
    if (response.status === 401) throw new Unauthorized();
    if (!response.ok) throw new Error(await problemText(response));
    return response.json();
}

/** The detail of a problem+json answer, or the status line. */
async function problemText(response) {
    try {
        const problem = await response.json();
        const fields = (problem.errors || []).map((e) => `${e.field}: ${e.reason || e.message}`).join('; ');
        return [problem.title || `HTTP ${response.status}`, problem.detail, fields].filter(Boolean).join(' — ');
    } catch (ignored) {
        return `HTTP ${response.status}`;
    }
}

let loadSequence = 0;

/** Reads the view on screen and draws it; an answer overtaken by a later request is dropped. */
async function refresh() {
    const view = state.view;
    if (!state.token || (view === 'county' && !state.county)) return;
    const sequence = ++loadSequence;
    try {
        const data = await getJson(viewUrl(view));
        if (sequence !== loadSequence) return;
        state.data[view] = data;
        showError(view, null);
        render();
    } catch (error) {
        if (error instanceof Unauthorized) askForToken(true);
        else if (sequence === loadSequence) showError(view, error);
    }
}

let refreshTimer = null;

function scheduleRefresh() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, REFRESH_DEBOUNCE_MS);
}

// ---------------------------------------------------------------- live updates
// fetch() and a ReadableStream rather than EventSource, which cannot send the Authorization header.

const live = { url: null, connection: null, attempt: 0, retryTimer: null, retryAfterMs: 0 };

function follow(url) {
    if (live.url === url && live.connection) return;
    stopFollowing();
    live.url = url;
    live.attempt = 0;
    connect();
}

function stopFollowing() {
    clearTimeout(live.retryTimer);
    if (live.connection) live.connection.controller.abort();
    live.connection = null;
    live.url = null;
}

async function connect() {
    const connection = { controller: new AbortController(), lastHeard: Date.now(), silent: false };
    live.connection = connection;
    setLive('connecting');
    // The service writes a comment every 15 s: a stream silent for longer has died without closing (a proxy, a suspended laptop).
    const watchdog = setInterval(() => {
        if (Date.now() - connection.lastHeard > STREAM_SILENCE_MS) {
            connection.silent = true;
            connection.controller.abort();
        }
    }, 5000);
    try {
        const response = await fetch(live.url, {
            headers: authHeaders({ Accept: 'text/event-stream' }), cache: 'no-store', signal: connection.controller.signal,
        });
        if (response.status === 401) {
            askForToken(true);
            return;
        }
        // Too many streams open (another tab's, or one just closed and not yet noticed): not before Retry-After.
        if (response.status === 429) live.retryAfterMs = 1000 * (Number(response.headers.get('Retry-After')) || 0);
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        await readServerSentEvents(response.body, onStreamEvent, () => { connection.lastHeard = Date.now(); });
        throw new Error('the stream ended');
    } catch (error) {
        const closedOnPurpose = connection.controller.signal.aborted && !connection.silent;
        if (closedOnPurpose || live.connection !== connection) return;
        setLive('offline');
        reconnectLater();
    } finally {
        clearInterval(watchdog);
    }
}

function reconnectLater() {
    const delay = Math.max(live.retryAfterMs, Math.min(RECONNECT_MAX_MS, 1000 * 2 ** live.attempt)) + Math.random() * 500;
    live.retryAfterMs = 0;
    live.attempt += 1;
    live.connection = null;
    const url = live.url;
    live.retryTimer = setTimeout(() => {
        if (live.url === url) connect();
    }, delay);
}

/** Parses the text/event-stream format: `event:` and `data:` lines, an empty line ends an event, `:` starts a comment. */
async function readServerSentEvents(body, onEvent, onBytes) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let event = { type: 'message', data: [] };
    for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        onBytes();
        buffer += value;
        // A CR at the very end may be the first half of a CRLF split over two chunks: keep it for the next round.
        const lines = buffer.split(/\r\n|\n|\r(?=[^\n])/);
        buffer = lines.pop();
        for (const line of lines) {
            if (line === '') {
                if (event.data.length || event.type !== 'message') onEvent({ type: event.type, data: event.data.join('\n') });
                event = { type: 'message', data: [] };
            } else if (!line.startsWith(':')) {
                const colon = line.indexOf(':');
                const field = colon < 0 ? line : line.slice(0, colon);
                const fieldValue = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
                if (field === 'event') event.type = fieldValue;
                else if (field === 'data') event.data.push(fieldValue);
            }
        }
    }
}

function onStreamEvent(event) {
    if (state.asOf) return; // a past moment does not change; the stream is being closed
    if (event.type === 'ready') {
        live.attempt = 0;
        setLive('live');
        // Anything that changed between the last read and this (re)subscription would otherwise be missed.
        scheduleRefresh();
    } else if (event.type === 'view-changed') {
        rememberChangedRows(event.data);
        scheduleRefresh();
    }
}

function rememberChangedRows(data) {
    try {
        const change = JSON.parse(data);
        // City, county and indicator streams name the changed rows; the others send their whole view.
        for (const row of Array.isArray(change.rows) ? change.rows : []) {
            const key = row.indicator || row.county || row.unit;
            if (key) state.changedKeys.add(key);
        }
    } catch (ignored) {
        // An unreadable payload still means the view changed; the re-read shows it.
    }
}

function setLive(mode) {
    const indicator = $('#live-indicator');
    indicator.className = `live live--${mode}`;
    indicator.dataset.state = mode;
    if (mode === 'as-of') {
        const asOfText = $('.live__text', indicator);
        delete asOfText.dataset.i18n;
        asOfText.textContent = t('liveAsOf', momentText(state.asOf));
        return;
    }
    const key = { live: 'liveOn', offline: 'liveOff', connecting: 'liveConnecting' }[mode];
    const text = $('.live__text', indicator);
    text.dataset.i18n = key;
    text.textContent = t(key);
}

// ---------------------------------------------------------------- rendering

function render() {
    const view = state.view;
    const data = state.data[view];
    $('#as-of').textContent = data && data.asOf ? t('asOf', formatTime(data.asOf), data.elapsedMonths, data.totalMonths) : '';
    if (data) VIEWS[view].render(data);
    flashChangedRows(view);
}

/** A date (2015-10-20, "today" in Qingyuan for the views) or an instant, in the reader's language. */
function formatTime(iso) {
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const style = dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short' };
    return new Intl.DateTimeFormat(locale(), style).format(date);
}

function flashChangedRows(view) {
    if (!state.changedKeys.size) return;
    for (const row of $$(`#view-${view} [data-key]`)) {
        if (state.changedKeys.has(row.dataset.key)) {
            row.classList.remove('changed');
            void row.offsetWidth; // restarts the highlight animation
            row.classList.add('changed');
        }
    }
    state.changedKeys.clear();
}

function renderCity(data) {
    $('#city-heading').textContent = t('cityHeading', localName(data), periodLabel(data.period || state.period));
    renderIndicatorTable($('#city-table'), data.rows || [], false);
    renderIndicatorChart('city-chart', data.rows || []);
}

function renderCounty(data) {
    $('#county-heading').textContent = t('countyHeading', localName(data), periodLabel(data.period || state.period));
    renderIndicatorTable($('#county-table'), data.rows || [], true);
    renderIndicatorChart('county-chart', data.rows || []);
}

const NUMERIC_COLUMNS = new Set(['colTarget', 'colActual', 'colPercentOfTarget', 'colExpected', 'colPercentOfExpected', 'colRank',
    'colScore', 'colWithTarget', 'colOnTime', 'colLate', 'colMissing', 'colProjectReports', 'colValue']);

function headerRow(keys) {
    return el('thead', {}, el('tr', {}, keys.map((key) =>
        el('th', { scope: 'col', className: NUMERIC_COLUMNS.has(key) ? 'numeric' : null, text: t(key) }))));
}

function renderIndicatorTable(table, rows, withRank) {
    const columns = ['colIndicator', 'colTarget', 'colActual', 'colPercentOfTarget', 'colExpected', 'colPercentOfExpected', 'colStatus'];
    if (withRank) columns.push('colRank');
    columns.push('colLatest');
    table.replaceChildren(headerRow(columns), el('tbody', {}, rows.map((row) => indicatorRow(row, withRank))));
}

/** A figure's cell: the exact figure in data-value (for exports and tests), the formatted one as text. */
function figureCell(field, value, ...content) {
    return el('td', { className: 'numeric', 'data-field': field, 'data-value': value ?? '' }, ...content);
}

function indicatorName(row) {
    return el('th', { scope: 'row', className: 'indicator-name' },
        el('span', { className: 'indicator-name__main', text: localName(row) }),
        row.section ? el('span', { className: 'indicator-name__section', text: row.section }) : null,
        row.note ? el('span', { className: 'indicator-name__note', text: row.note }) : null);
}

function targetContent(row) {
    if (row.target == null) return ['—'];
    const comparator = el('span', { className: 'comparator', text: COMPARATOR_SYMBOLS[row.comparator] || '' });
    // County splits are sample data until the real decomposition is loaded: say so next to the figure.
    const provenance = row.targetProvenance && row.targetProvenance !== 'PLAN'
        ? el('span', { className: 'provenance', text: row.targetProvenance })
        : null;
    return [comparator, ...quantity(row.target, row.unit), provenance];
}

function indicatorRow(row, withRank) {
    const cells = [
        indicatorName(row),
        figureCell('target', row.target, targetContent(row)),
        actualCell(row),
        figureCell('percentOfTarget', row.percentOfTarget, formatPercent(row.percentOfTarget), progressBar(row.percentOfTarget, row.status)),
        figureCell('expectedByNow', row.expectedByNow, quantity(row.expectedByNow, row.unit)),
        figureCell('percentOfExpected', row.percentOfExpected, formatPercent(row.percentOfExpected)),
        el('td', { 'data-field': 'status' }, statusBadge(row.status)),
    ];
    if (withRank) cells.push(figureCell('rank', row.rank, rankText(row)));
    cells.push(el('td', { 'data-field': 'latestMonth', text: row.latestMonth || '—' }));
    return el('tr', { 'data-indicator': row.indicator, 'data-key': row.indicator, 'data-scope': row.scope, 'data-status': row.status }, cells);
}

/** An actual figure; for an auditor also a button that opens where it comes from (its provenance). */
function actualCell(row) {
    const content = quantity(row.actual, row.unit);
    if (!state.auditor) return figureCell('actual', row.actual, content);
    return figureCell('actual', row.actual, el('button', {
        type: 'button', className: 'figure-button', title: t('provenanceOpen'), 'aria-haspopup': 'dialog', 'aria-controls': 'provenance-panel',
    }, content));
}

function rankText(row) {
    return row.rank == null ? '—' : t('rankOf', row.rank, row.rankedAmong);
}

// ---------------------------------------------------------------- charts (Apache ECharts, vendored in vendor/)

// Tooltips drawn on the canvas: ECharts' HTML tooltips carry inline styles, which the Content-Security-Policy refuses.
const TOOLTIP = { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' }, valueFormatter: (value) => formatPercent(value) };

function chartFor(id) {
    const container = document.getElementById(id);
    if (!window.echarts) {
        container.textContent = t('noChart');
        return null;
    }
    return window.echarts.getInstanceByDom(container) || window.echarts.init(container, null, { renderer: 'canvas' });
}

function baseChartOptions() {
    return {
        animationDuration: 300,
        textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
    };
}

function renderIndicatorChart(id, rows) {
    const compared = rows.filter((row) => row.percentOfTarget != null || row.percentOfExpected != null);
    const container = document.getElementById(id);
    container.style.height = `${Math.max(220, compared.length * 30 + 90)}px`;
    const chart = chartFor(id);
    if (!chart) return;
    chart.resize();
    chart.setOption({
        ...baseChartOptions(),
        title: compared.length ? undefined : {
            text: t('noChartData'), left: 'center', top: 'middle', textStyle: { color: '#6b7684', fontSize: 14 },
        },
        legend: { top: 0, data: [t('percentOfTarget'), t('percentOfExpected')] },
        grid: { left: 8, right: 56, top: 36, bottom: 8, containLabel: true },
        // Always as far as 100%, so that the reference line shows how far each indicator is from it.
        xAxis: {
            type: 'value', max: (extent) => Math.max(100, Math.ceil(extent.max / 10) * 10),
            axisLabel: { formatter: '{value}%' }, splitLine: { lineStyle: { color: '#e7ebf0' } },
        },
        yAxis: { type: 'category', inverse: true, data: compared.map(localName), axisLabel: { width: 260, overflow: 'truncate' } },
        series: [
            {
                name: t('percentOfTarget'), type: 'bar', barMaxWidth: 10, itemStyle: { color: '#7d97bd' },
                data: compared.map((row) => row.percentOfTarget),
                label: { show: true, position: 'right', formatter: (p) => formatPercent(p.value), color: '#4a5563', fontSize: 11 },
            },
            {
                name: t('percentOfExpected'), type: 'bar', barMaxWidth: 10,
                itemStyle: { color: STATUS_COLOURS.ON_TRACK },
                data: compared.map((row) => ({
                    value: row.percentOfExpected, itemStyle: { color: STATUS_COLOURS[row.status] || STATUS_COLOURS.NO_DATA },
                })),
                label: { show: true, position: 'right', formatter: (p) => formatPercent(p.value), color: '#4a5563', fontSize: 11 },
                markLine: {
                    symbol: 'none', silent: true, data: [{ xAxis: 100 }],
                    label: { position: 'start', formatter: '100%' }, lineStyle: { type: 'dashed', color: '#5b6573' },
                },
            },
        ],
        tooltip: TOOLTIP,
    }, true);
}

function renderRankingChart(counties) {
    const chart = chartFor('ranking-chart');
    if (!chart) return;
    chart.resize();
    chart.setOption({
        ...baseChartOptions(),
        grid: { left: 8, right: 48, top: 16, bottom: 8, containLabel: true },
        xAxis: { type: 'value', axisLabel: { formatter: '{value}%' }, splitLine: { lineStyle: { color: '#e7ebf0' } } },
        yAxis: { type: 'category', inverse: true, data: counties.map((c) => `${c.rank ?? '–'}. ${localName(c)}`) },
        series: [{
            name: t('score'), type: 'bar', barMaxWidth: 22,
            data: counties.map((c, index) => ({ value: c.score, itemStyle: { color: rankColour(index, counties.length) } })),
            label: { show: true, position: 'right', formatter: (p) => formatPercent(p.value) },
        }],
        tooltip: TOOLTIP,
    }, true);
}

/** From the leader's green to the last place's red, so the league table reads at a glance. */
function rankColour(index, count) {
    const palette = ['#1a7f5a', '#3f9a6b', '#6db37a', '#a3c46f', '#d8c55a', '#e8a33d', '#e0703a', '#d0453b'];
    const position = count <= 1 ? 0 : Math.round((index / (count - 1)) * (palette.length - 1));
    return palette[position];
}

function resizeVisibleCharts() {
    if (!window.echarts) return;
    for (const container of $$('.view:not([hidden]) .chart')) {
        const chart = window.echarts.getInstanceByDom(container);
        if (chart) chart.resize();
    }
}

// ---------------------------------------------------------------- ranking, reporting discipline, supervision

function renderRanking(data) {
    const counties = [...(data.counties || [])].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));
    $('#ranking-heading').textContent = t('rankingHeading', periodLabel(data.period || state.period));
    renderRankingChart(counties);
    const columns = ['colRank', 'colCounty', 'colScore', 'AHEAD', 'ON_TRACK', 'AT_RISK', 'BEHIND', 'colWithTarget'];
    const head = el('thead', {}, el('tr', {}, columns.map((key) =>
        el('th', { scope: 'col', className: key === 'colCounty' ? null : 'numeric' }, STATUSES.includes(key) ? statusBadge(key) : t(key)))));
    const body = el('tbody', {}, counties.map((c) => el('tr', { 'data-county': c.county, 'data-key': c.county },
        el('td', { className: 'numeric', 'data-field': 'rank', text: c.rank ?? '—' }),
        el('th', { scope: 'row', text: localName(c) }),
        figureCell('score', c.score, formatPercent(c.score)),
        ['ahead', 'onTrack', 'atRisk', 'behind', 'withTarget'].map((field) =>
            el('td', { className: 'numeric', 'data-field': field, text: c[field] ?? '—' })))));
    $('#ranking-table').replaceChildren(head, body);
}

function monthsOf(year, units) {
    const months = new Set(Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`));
    units.forEach((unit) => Object.keys(unit.months || {}).forEach((month) => months.add(month)));
    return [...months].sort();
}

/** Units in the catalogue's county order (as the plan lists the counties), then by unit and kind. */
function byCatalogueCounty(a, b) {
    const order = countiesOfCatalogue().map((c) => c.code);
    const position = (unit) => (order.includes(unit.county) ? order.indexOf(unit.county) : order.length);
    return position(a) - position(b) || String(a.unit).localeCompare(String(b.unit)) || String(a.kind).localeCompare(String(b.kind));
}

function countyName(code) {
    const county = countiesOfCatalogue().find((c) => c.code === code);
    return county ? localName(county) : code;
}

function unitName(unit) {
    const [kind, code] = String(unit.unit || '').split(':');
    if (kind === 'county') return countyName(code);
    const park = parksOfCatalogue().find((p) => p.id === code);
    return park ? localName(park) : code || unit.unit;
}

function kindName(kind) {
    return t('kinds')[kind] || String(kind || '').replace(/-/g, ' ');
}

function disciplineCell(status, month) {
    const known = DISCIPLINE.includes(status) ? status : 'NOT_DUE';
    const label = t('discipline')[known];
    const attributes = { className: `cell cell--${known.toLowerCase()}`, 'data-month': month, 'data-status': known, title: `${month}: ${label}` };
    return el('td', attributes,
        el('span', { 'aria-hidden': 'true', text: DISCIPLINE_SYMBOLS[known] }), el('span', { className: 'visually-hidden', text: label }));
}

function renderReporting(data) {
    const year = data.year || state.year;
    $('#reporting-heading').textContent = t('reportingHeading', year);
    const units = [...(data.units || [])].sort(byCatalogueCounty);
    const months = monthsOf(year, units);
    const head = el('thead', {}, el('tr', {},
        el('th', { scope: 'col', text: t('colUnit') }), el('th', { scope: 'col', text: t('colKind') }),
        months.map((month) => el('th', { scope: 'col', className: 'month', text: month.slice(5) })),
        TOTALS.map(([, label]) => el('th', { scope: 'col', className: 'numeric', text: t(label) }))));
    const body = el('tbody', {}, units.map((unit) => el('tr', { 'data-unit': unit.unit, 'data-key': unit.unit },
        el('th', { scope: 'row', text: unitName(unit) }),
        el('td', { className: 'muted', text: kindName(unit.kind) }),
        months.map((month) => disciplineCell((unit.months || {})[month], month)),
        totalCells(unit))));
    $('#reporting-grid').replaceChildren(head, body);
    renderReportingTotals(data);
}

const TOTALS = [['onTime', 'colOnTime', 'on_time'], ['late', 'colLate', 'late'], ['missing', 'colMissing', 'missing']];

function totalCells(totals) {
    return TOTALS.map(([field]) => el('td', { className: 'numeric', 'data-field': field, text: (totals || {})[field] ?? 0 }));
}

function projectReportsCell(totals) {
    return el('td', { className: 'numeric', 'data-field': 'projectReports', text: totals ? `${totals.onTime} / ${totals.late}` : '—' });
}

function renderReportingTotals(data) {
    const head = headerRow(['colCounty', 'colOnTime', 'colLate', 'colMissing', 'colProjectReports']);
    const body = el('tbody', {}, (data.counties || []).map((county) => el('tr', { 'data-county': county.county, 'data-key': county.county },
        el('th', { scope: 'row', text: localName(county) }), totalCells(county), projectReportsCell(county.projectReports))));
    const foot = el('tfoot', {}, el('tr', { 'data-scope': 'city' },
        el('th', { scope: 'row', text: t('cityTotals') }), totalCells(data.city), el('td')));
    $('#reporting-counties').replaceChildren(head, body, foot);
    $('#reporting-city').replaceChildren(...TOTALS.map(([field, label, style]) => el('div', { className: `total total--${style}`, 'data-field': field },
        el('span', { className: 'total__value', text: formatNumber((data.city || {})[field] ?? 0, 0) }),
        el('span', { className: 'total__label', text: `${t('cityTotals')} · ${t(label)}` }))));
}

function renderSupervision(data) {
    const year = data.year || state.year;
    $('#supervision-heading').textContent = t('supervisionHeading', year);
    $('#supervision-intro').textContent = t('supervisionIntro', data.bottomGroupSize ?? 3);
    const counties = (data.counties || []).filter((c) => (c.indicators || []).length);
    if (!counties.length) {
        $('#supervision-list').replaceChildren(el('p', { className: 'empty', text: t('supervisionEmpty') }));
        return;
    }
    $('#supervision-list').replaceChildren(...counties.map(supervisionCard));
}

function supervisionCard(county) {
    const head = headerRow(['colIndicator', 'colTarget', 'colActual', 'colPercentOfTarget', 'colStatus', 'colRank']);
    const body = el('tbody', {}, county.indicators.map((row) => el('tr', { 'data-indicator': row.indicator, 'data-key': row.indicator },
        el('th', { scope: 'row', text: localName(row) }),
        figureCell('target', row.target, targetContent(row)),
        actualCell(row),
        el('td', { className: 'numeric', 'data-field': 'percentOfTarget' }, formatPercent(row.percentOfTarget)),
        el('td', {}, statusBadge(row.status)),
        el('td', { className: 'numeric', 'data-field': 'rank', text: rankText(row) }))));
    return el('article', { className: 'card', 'data-county': county.county, 'aria-label': localName(county) },
        el('h3', { text: `${localName(county)} · ${county.indicators.length}` }),
        el('div', { className: 'table-wrap' }, el('table', { className: 'data-table' }, head, body)));
}

// ---------------------------------------------------------------- controls

function countiesOfCatalogue() {
    const counties = (state.catalogue && state.catalogue.counties) || [];
    return counties.map((c) => (typeof c === 'string' ? { code: c } : { ...c, code: c.county || c.code }));
}

function parksOfCatalogue() {
    const parks = (state.catalogue && state.catalogue.parks) || [];
    return parks.map((p) => ({ ...p, id: p.park || p.id || p.code }));
}

function periodsOfCatalogue() {
    const periods = ((state.catalogue && state.catalogue.periods) || [])
        .map((p) => (typeof p === 'string' ? p : p.period || p.code))
        .filter(Boolean);
    return periods.length ? periods : CONTRACT_PERIODS;
}

function renderPeriodSelector() {
    const buttons = periodsOfCatalogue().map((period) => el('button', {
        type: 'button', className: 'segmented__option', 'data-period': period, 'aria-pressed': String(period === state.period),
        text: periodLabel(period), onclick: () => selectPeriod(period),
    }));
    $('#period-selector').replaceChildren(...buttons);
}

function renderYearSelectors() {
    const years = periodsOfCatalogue().filter(isYear);
    for (const select of $$('.year-select')) {
        select.replaceChildren(...years.map((year) => el('option', { value: year, selected: year === state.year, text: year })));
    }
}

function renderCountySelector() {
    $('#county-select').replaceChildren(...countiesOfCatalogue().map((c) =>
        el('option', { value: c.code, selected: c.code === state.county, text: localName(c) || c.code })));
}

function renderExportButtons() {
    for (const container of $$('[data-export]')) {
        const view = container.dataset.export;
        container.replaceChildren(...['csv', 'xlsx'].map((format) => el('button', {
            type: 'button', className: 'button button--small', 'data-format': format,
            text: t(format === 'csv' ? 'exportCsv' : 'exportXlsx'), onclick: (event) => exportView(view, format, event.currentTarget),
        })));
    }
}

function renderLegends() {
    // The thresholds come from the service (the catalogue), so the legend cannot drift from how statuses are judged.
    const thresholds = (state.catalogue && state.catalogue.statusThresholds) || {};
    $('#status-legend').replaceChildren(
        ...STATUSES.map((status) => el('li', { title: thresholds[status] || null }, statusBadge(status))),
        el('li', { className: 'legend__hint', text: t('progressHint') }));
    $('#discipline-legend').replaceChildren(...DISCIPLINE.map((status) => el('li', { className: 'legend__discipline' },
        el('span', { className: `cell cell--${status.toLowerCase()} cell--swatch`, 'aria-hidden': 'true', text: DISCIPLINE_SYMBOLS[status] }),
        t('discipline')[status])));
}

/** Puts every fixed label in the chosen language, then redraws what is on screen from the data already read. */
function applyLanguage() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t('title')} · ${TEXT[state.lang === 'zh' ? 'en' : 'zh'].title}`;
    for (const node of $$('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    if (state.asOf) setLive('as-of');
    renderProvenance();
    $('#lang-toggle').textContent = t('langToggle');
    $('#lang-toggle').dataset.lang = state.lang;
    renderPeriodSelector();
    renderCountySelector();
    renderExportButtons();
    renderLegends();
    render();
}

function toggleLanguage() {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem(LANG_KEY, state.lang);
    applyLanguage();
}

function showView(view) {
    state.view = view;
    for (const tab of $$('[role="tab"]')) {
        const selected = tab.dataset.view === view;
        tab.setAttribute('aria-selected', String(selected));
        tab.tabIndex = selected ? 0 : -1;
    }
    for (const panel of $$('.view')) panel.hidden = panel.dataset.view !== view;
    $('.legend').hidden = !['city', 'county', 'ranking'].includes(view);
    render();
    resizeVisibleCharts();
    reload();
}

/** Reads the view on screen anew and follows its stream (the previous view's stream is closed); a past moment has none. */
function reload() {
    if (state.asOf) stopFollowing();
    else follow(streamUrl(state.view));
    refresh();
}

function selectPeriod(period) {
    state.period = period;
    if (isYear(period)) state.year = period;
    renderPeriodSelector();
    renderYearSelectors();
    reload();
}

function onTabKey(event) {
    const tabs = $$('[role="tab"]');
    const index = tabs.indexOf(event.target);
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (index < 0 || !step) return;
    const next = tabs[(index + step + tabs.length) % tabs.length];
    next.focus();
    showView(next.dataset.view);
}

// ---------------------------------------------------------------- exports

async function exportView(view, format, button) {
    const label = button.textContent;
    button.disabled = true;
    button.textContent = t('exporting');
    try {
        const response = await fetch(viewUrl(view, { format }), { headers: authHeaders(), cache: 'no-store' });
        if (response.status === 401) throw new Unauthorized();
        if (!response.ok) throw new Error(await problemText(response));
        const blob = await response.blob();
        download(blob, fileNameOf(response) || defaultFileName(view, format));
    } catch (error) {
        if (error instanceof Unauthorized) askForToken(true);
        else showError(view, new Error(`${t('exportFailed')}: ${error.message}`));
    } finally {
        button.disabled = false;
        button.textContent = label;
    }
}

function fileNameOf(response) {
    const disposition = response.headers.get('Content-Disposition') || '';
    const encoded = disposition.match(/filename\*=UTF-8''([^;]+)/i);
    if (encoded) return decodeURIComponent(encoded[1]);
    const plain = disposition.match(/filename="?([^";]+)"?/i);
    return plain ? plain[1] : null;
}

function defaultFileName(view, format) {
    const scope = view === 'county' ? `-${state.county}` : '';
    const when = ['reporting', 'supervision'].includes(view) ? state.year : state.period;
    return `target-views-${view}${scope}-${when}.${format}`;
}

function download(blob, fileName) {
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: fileName, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// ---------------------------------------------------------------- auditors: every view as of a moment, where a figure comes from
// Offered only to a token whose role is auditor (the services refuse asOf and /api/audit to anyone else).

const AUDIT_API = '/api/audit';
const QINGYUAN_OFFSET = '+08:00';
const PLAN_START_LOCAL = '2015-01-01T00:00';

/** Adds the as-of control and the provenance panel for an auditor, removes them for anyone else. */
function renderAuditControls() {
    if (!state.auditor) {
        closeProvenance();
        for (const id of ['#as-of-control', '#provenance-panel']) $(id)?.remove();
        document.body.classList.remove('as-of-mode');
        return;
    }
    if (!$('#as-of-control')) {
        $('.masthead__controls').insertBefore(fromTemplate('#as-of-template'), $('#lang-toggle'));
        const input = $('#as-of-input');
        input.min = PLAN_START_LOCAL;
        input.max = qingyuanNow();
        input.addEventListener('focus', () => { input.max = qingyuanNow(); });
        input.addEventListener('input', () => input.setCustomValidity(''));
        $('#as-of-control').addEventListener('submit', onAsOfSubmitted);
        $('#as-of-live').addEventListener('click', goLive);
    }
    if (!$('#provenance-panel')) {
        document.body.append(fromTemplate('#provenance-template'));
        $('#provenance-close').addEventListener('click', closeProvenance);
    }
    renderAsOfState();
}

function fromTemplate(selector) {
    return $(selector).content.firstElementChild.cloneNode(true);
}

/** Now in Qingyuan, as a datetime-local value (the control's times are Qingyuan's, whatever the browser's zone). */
function qingyuanNow() {
    return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 19);
}

/** An instant in Qingyuan time, to the second: 2016-07-10 08:00:05. */
function qingyuanTime(iso) {
    const date = new Date(iso);
    if (!iso || Number.isNaN(date.getTime())) return iso || '—';
    return new Date(date.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

/** The chosen moment as people read it: 2016-07-10 00:00 (UTC+8). */
function momentText(asOf) {
    return `${String(asOf).replace('T', ' ').replace(QINGYUAN_OFFSET, '')} (UTC+8)`;
}

function onAsOfSubmitted(event) {
    event.preventDefault();
    const input = $('#as-of-input');
    if (!input.value) {
        input.setCustomValidity(t('asOfMissing'));
        input.reportValidity();
        return;
    }
    showMoment(`${toTheSecond(input.value)}${QINGYUAN_OFFSET}`);
}

/** A datetime-local value to the second: browsers drop ":00" seconds (2016-07-10T00:00 → 2016-07-10T00:00:00). */
function toTheSecond(local) {
    return local.length === 16 ? `${local}:00` : local;
}

/** Shows every view as it stood at a moment: its streams stop, since a past view does not change. */
function showMoment(asOf) {
    state.asOf = asOf;
    state.data = {};
    state.changedKeys.clear();
    stopFollowing();
    setLive('as-of');
    renderAsOfState();
    reload();
}

function goLive() {
    if (!state.asOf) return;
    state.asOf = null;
    state.data = {};
    renderAsOfState();
    reload();
}

function renderAsOfState() {
    document.body.classList.toggle('as-of-mode', Boolean(state.asOf));
    $('#as-of-live')?.setAttribute('aria-pressed', String(!state.asOf));
}

// Provenance: which facts, reported in which events, make up a figure.

let provenanceSequence = 0;
let provenanceOpener = null;

function onFigureClicked(event) {
    if (!state.auditor) return;
    const cell = event.target.closest("[data-field='actual']");
    const row = cell && cell.closest('tr[data-indicator]');
    if (!row) return;
    const card = row.closest('.card[data-county]');
    const fromCountyTable = Boolean(row.closest('#county-table'));
    openProvenance({
        indicator: row.dataset.indicator,
        scope: card ? card.dataset.county : row.dataset.scope || (fromCountyTable ? state.county : 'city'),
        period: card ? state.year : state.period,
        asOf: state.asOf,
    }, cell);
}

async function openProvenance(request, openerCell) {
    const sequence = ++provenanceSequence;
    state.provenance = { request, data: null, error: null, loading: true };
    provenanceOpener = { indicator: request.indicator, view: state.view, cell: openerCell };
    $('#provenance-panel').hidden = false;
    renderProvenance();
    $('#provenance-heading').focus();
    const params = { indicator: request.indicator, scope: request.scope, period: request.period };
    if (request.asOf) params.asOf = request.asOf;
    let outcome;
    try {
        const response = await fetch(`${AUDIT_API}/provenance?${new URLSearchParams(params)}`,
            { headers: authHeaders({ Accept: 'application/json' }), cache: 'no-store' });
        if (response.status === 401) throw new Unauthorized();
        outcome = response.ok ? { data: await response.json() } : { error: await problemReason(response) };
    } catch (error) {
        if (error instanceof Unauthorized) {
            askForToken(true);
            return;
        }
        outcome = { error: error.message };
    }
    if (sequence !== provenanceSequence || !state.provenance) return;
    state.provenance = { request, data: outcome.data || null, error: outcome.error || null, loading: false };
    renderProvenance();
}

/** The first reason a problem+json answer gives (errors[0].reason), else its detail or title, else the status. */
async function problemReason(response) {
    try {
        const problem = await response.json();
        return (problem.errors && problem.errors[0] && problem.errors[0].reason) || problem.detail || problem.title || `HTTP ${response.status}`;
    } catch (ignored) {
        return `HTTP ${response.status}`;
    }
}

function closeProvenance() {
    provenanceSequence += 1;
    const panel = $('#provenance-panel');
    if (!panel || !state.provenance) return;
    state.provenance = null;
    panel.hidden = true;
    // The table may have been redrawn since: give the focus back to the same figure as it is now.
    const opener = provenanceOpener;
    provenanceOpener = null;
    const cell = opener && (opener.cell.isConnected ? opener.cell
        : $(`#view-${opener.view} tr[data-indicator='${CSS.escape(opener.indicator)}'] [data-field='actual']`));
    const target = cell && (cell.querySelector('button') || cell);
    if (target && target.isConnected) target.focus();
}

function renderProvenance() {
    const current = state.provenance;
    if (!current || !$('#provenance-panel')) return;
    const { request } = current;
    $('#provenance-subject').textContent = [indicatorLabel(request.indicator), scopeLabel(request.scope), periodLabel(request.period),
        request.asOf ? t('liveAsOf', momentText(request.asOf)) : t('provenanceNow')].join(' · ');
    const panel = $('#provenance-panel');
    panel.dataset.state = current.loading ? 'loading' : current.error ? 'error' : 'loaded';
    const body = $('#provenance-body');
    body.setAttribute('aria-busy', String(current.loading));
    if (current.loading) body.replaceChildren(el('p', { className: 'muted', text: t('provenanceLoading') }));
    else if (current.error) {
        body.replaceChildren(el('p', { className: 'view__error', role: 'alert', 'data-field': 'error', text: `${t('provenanceFailed')}: ${current.error}` }));
    } else body.replaceChildren(...provenanceContent(current.data));
}

function indicatorLabel(code) {
    const indicator = ((state.catalogue && state.catalogue.indicators) || []).find((i) => (i.code || i.indicator) === code);
    return indicator ? localName(indicator) || code : code || '';
}

function scopeLabel(scope) {
    return !scope || scope === 'city' ? t('provenanceCity') : countyName(scope);
}

function provenanceContent(data) {
    const explanation = data.explanation || {};
    return [
        figuresList(exactQuantity(data.value, data.unit), explanation.formula, data.note || explanation.note),
        ...explanationBody(explanation, 3),
    ];
}

function figuresList(figure, formula, note) {
    return el('dl', { className: 'provenance-figures' },
        el('dt', { text: t('provenanceFigure') }), el('dd', { 'data-field': 'value' }, figure),
        el('dt', { text: t('provenanceFormula') }), el('dd', { 'data-field': 'formula' }, el('code', { text: formula || '—' })),
        note ? [el('dt', { text: t('provenanceNote') }), el('dd', { 'data-field': 'note', text: note })] : null);
}

/** The facts of a measure, or the parts (numerator and denominator, current and previous year…) of a ratio or growth rate. */
function explanationBody(explanation, level) {
    const nodes = [];
    const facts = explanation.facts || [];
    if (facts.length || explanation.recipe === 'measure') {
        const counted = facts.filter((fact) => fact.counted).length;
        nodes.push(el(`h${level}`, { text: `${t('provenanceFacts')} · ${counted}/${facts.length}` }), factsTable(facts));
    }
    for (const part of explanation.parts || []) nodes.push(partSection(part, level));
    return nodes;
}

function partSection(part, level) {
    const role = (t('partRoles') || {})[part.role] || part.role || '';
    return el('section', { className: 'provenance-part', 'data-role': part.role, 'data-indicator': part.indicator, 'data-recipe': part.recipe },
        el(`h${level}`, { text: [role, indicatorLabel(part.indicator)].filter(Boolean).join(' · ') }),
        figuresList(formatExact(part.value), part.formula, part.note),
        ...explanationBody(part, Math.min(6, level + 1)));
}

function factsTable(facts) {
    if (!facts.length) return el('p', { className: 'empty', text: t('provenanceNoFacts') });
    return el('div', { className: 'table-wrap' }, el('table', { className: 'data-table facts' },
        headerRow(['colCounty', 'colMember', 'colMonth', 'colValue', 'colCounted']), ...facts.map(factRows)));
}

/** One fact (a project's month, a county's return…) and, under it, the events that set it, oldest first. */
function factRows(fact) {
    const counted = Boolean(fact.counted);
    const attributes = {
        className: counted ? 'fact' : 'fact fact--ignored', 'data-county': fact.county, 'data-member': fact.member,
        'data-month': fact.month, 'data-counted': String(counted),
    };
    return el('tbody', attributes,
        el('tr', {},
            el('th', { scope: 'row', text: fact.county ? countyName(fact.county) : '—' }),
            el('td', { 'data-field': 'member' }, el('code', { className: 'member', text: fact.member ?? '—' })),
            el('td', { 'data-field': 'month', text: fact.month || '—' }),
            el('td', { className: 'numeric', 'data-field': 'value', 'data-value': fact.value ?? '' }, formatExact(fact.value)),
            el('td', { 'data-field': 'counted', text: t('counted')[counted] })),
        (fact.events || []).length ? el('tr', { className: 'fact__events' }, el('td', { colspan: 5 }, eventsTable(fact.events))) : null);
}

function eventsTable(events) {
    const head = headerRow(['colRecordedAt', 'colSubmittedBy', 'colUnit', 'colEventType', 'colValue', 'colSupersedes', 'colReason']);
    const body = el('tbody', {}, events.map((event) => el('tr', { 'data-event-id': event.eventId, 'data-type': eventTypeName(event.type) },
        el('td', { 'data-field': 'recordedAt' }, recordedAt(event.recordedAt)),
        el('td', { 'data-field': 'submittedBy', text: event.submittedBy || '—' }),
        el('td', { 'data-field': 'unit', text: event.unit || '—' }),
        el('td', { 'data-field': 'type' }, breakableName(eventTypeName(event.type)), event.late ? el('span', { className: 'provenance', text: t('lateMark') }) : null),
        el('td', { className: 'numeric', 'data-field': 'value', 'data-value': event.value ?? '' }, formatExact(event.value)),
        el('td', { className: typeof event.supersedes === 'number' ? 'numeric' : null, 'data-field': 'supersedes' }, superseded(event.supersedes)),
        el('td', { 'data-field': 'reason', text: event.reason || '—' }))));
    return el('table', { className: 'data-table events', 'aria-label': t('provenanceEvents') }, head, body);
}

/** When an event was stored, in Qingyuan time: the day and the time each kept on one line. */
function recordedAt(iso) {
    const [day, time] = qingyuanTime(iso).split(' ');
    return el('time', { datetime: iso, title: iso }, el('span', { className: 'nowrap', text: day }), time ? ' ' : null,
        time ? el('span', { className: 'nowrap', text: time }) : null);
}

/** The last segment of an event type, without a version suffix: ProjectInvestmentCorrected. */
function eventTypeName(type) {
    return String(type || '—').replace(/\.v\d+$/, '').split('.').pop();
}

/** A long CamelCase name that may wrap before each word in a narrow column: Project<wbr>Investment<wbr>Corrected. */
function breakableName(name) {
    return name.split(/(?=[A-Z])/).flatMap((word, index) => (index ? [el('wbr'), word] : [word]));
}

/** What an event replaced: the figure before it (a number), or the id of the event it replaced. */
function superseded(id) {
    if (id == null || id === '') return '—';
    if (typeof id === 'number') return formatExact(id);
    const text = typeof id === 'object' ? JSON.stringify(id) : String(id);
    return el('code', { className: 'member', title: text, text: text.length > 13 ? `${text.slice(0, 8)}…` : text });
}

/** A figure as stored, every decimal it has (auditors compare it with the submissions). */
function formatExact(value) {
    if (value == null || Number.isNaN(Number(value))) return '—';
    return new Intl.NumberFormat(locale(), { maximumFractionDigits: 6 }).format(value);
}

function exactQuantity(value, unit) {
    const label = value == null ? '' : unitLabel(unit);
    return [el('span', { className: 'num', text: formatExact(value) }), label ? ` ${label}` : null];
}

// ---------------------------------------------------------------- start

async function start(token) {
    state.token = token;
    state.auditor = tokenClaims(token).role === 'auditor';
    renderAuditControls();
    $('#token-panel').hidden = true;
    $('#dashboard').hidden = false;
    $('#sign-out').hidden = false;
    try {
        state.catalogue = await getJson(`${API}/catalogue`);
    } catch (error) {
        if (error instanceof Unauthorized) {
            askForToken(true);
            return;
        }
        state.catalogue = null;
        showError(state.view, error);
    }
    const counties = countiesOfCatalogue();
    state.county = state.county || (counties[0] && counties[0].code);
    state.year = state.year || (isYear(state.period) ? state.period : periodsOfCatalogue().filter(isYear).pop());
    renderYearSelectors();
    applyLanguage();
    showView(state.view);
}

function wireControls() {
    $('#lang-toggle').addEventListener('click', toggleLanguage);
    $('#token-form').addEventListener('submit', onTokenSubmitted);
    $('#sign-out').addEventListener('click', () => askForToken(false));
    for (const tab of $$('[role="tab"]')) {
        tab.addEventListener('click', () => showView(tab.dataset.view));
        tab.addEventListener('keydown', onTabKey);
    }
    $('#county-select').addEventListener('change', (event) => {
        state.county = event.target.value;
        delete state.data.county;
        reload();
    });
    for (const select of $$('.year-select')) {
        select.addEventListener('change', (event) => {
            state.year = event.target.value;
            renderYearSelectors();
            reload();
        });
    }
    window.addEventListener('resize', resizeVisibleCharts);
    for (const figures of ['#city-table', '#county-table', '#supervision-list']) $(figures).addEventListener('click', onFigureClicked);
    document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && state.provenance) closeProvenance();
    });
}

function boot() {
    wireControls();
    applyLanguage();
    const token = readToken();
    if (token) start(token);
    else askForToken(false);
}

boot();
