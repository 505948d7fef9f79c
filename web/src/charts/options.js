// Chart options built from data: each function takes the data and the labels
// (already in the user's language) and returns an ECharts option. No chart is
// drawn by hand; components only pass these to <EChart>.

export const COLORS = {
  covered: '#2f9e44',
  partial: '#f59f00',
  uncovered: '#e03131',
  primary: '#1f6feb',
  muted: '#adb5bd',
};

/**
 * Field coverage of a team: one bar per field, stacked experts in the field
 * (covered) and in a related field (partial); uncovered fields show a red
 * marker bar. rows: fieldCoverage(); labels: {fieldName(code), exact, related, uncovered, title}.
 */
export function coverageOption(rows, labels) {
  const names = rows.map((r) => labels.fieldName(r.code));
  return {
    aria: { enabled: true, label: { description: labels.title } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    legend: { top: 0, data: [labels.exact, labels.related, labels.uncovered] },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 150, overflow: 'truncate' } },
    series: [
      {
        name: labels.exact, type: 'bar', stack: 'n', itemStyle: { color: COLORS.covered },
        label: { show: true, position: 'inside' },
        data: rows.map((r) => r.exact || null),
      },
      {
        name: labels.related, type: 'bar', stack: 'n', itemStyle: { color: COLORS.partial },
        label: { show: true, position: 'inside' },
        data: rows.map((r) => r.related || null),
      },
      {
        name: labels.uncovered, type: 'bar', stack: 'n', itemStyle: { color: COLORS.uncovered },
        label: { show: true, position: 'insideLeft', formatter: labels.uncovered },
        data: rows.map((r) => (r.status === 'uncovered' ? 0.6 : null)),
      },
    ],
  };
}

/**
 * Region × industry heat map. regions/industries: codes; cells: [x, y, n];
 * labels: {regionName, industryName, title, count}.
 */
export function heatmapOption(regions, industries, cells, labels) {
  const max = Math.max(1, ...cells.map((c) => c[2]));
  return {
    aria: { enabled: true, label: { description: labels.title } },
    tooltip: {
      position: 'top',
      confine: true,
      formatter: (p) => `${labels.regionName(regions[p.value[1]])} × ${labels.industryName(industries[p.value[0]])}: ${p.value[2]}`,
    },
    grid: { left: 8, right: 8, top: 8, bottom: 48, containLabel: true },
    xAxis: {
      type: 'category', data: industries.map(labels.industryName), splitArea: { show: true },
      axisLabel: { interval: 0, rotate: 35, fontSize: 11 },
    },
    yAxis: {
      type: 'category', data: regions.map(labels.regionName), splitArea: { show: true },
      axisLabel: { fontSize: 11 },
    },
    visualMap: {
      min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
      itemHeight: 80, text: [labels.more, labels.less], inRange: { color: ['#e7f0ff', '#1f6feb'] },
    },
    series: [{
      name: labels.count, type: 'heatmap', data: cells,
      label: { show: true }, emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } },
    }],
  };
}

/**
 * Beijing's districts coloured by how many consortia touch them, with the
 * 三城一区 zones and the ZGC parks as points at their districts' centres.
 * districts: [{name (GeoJSON name), value, consortia: [names]}];
 * points: [{name, kind: 'zone'|'park', coord: [lng, lat], consortia: [names]}].
 */
export function beijingOption(mapName, districts, points, labels) {
  const max = Math.max(1, ...districts.map((d) => d.value));
  const zonePts = points.filter((p) => p.kind === 'zone');
  const parkPts = points.filter((p) => p.kind === 'park');
  const pointData = (list) => list.map((p) => ({
    name: p.name, value: [...p.coord, p.consortia.length], consortia: p.consortia,
  }));
  const tip = (names) => (names && names.length ? names.join('<br>') : labels.none);
  return {
    aria: { enabled: true, label: { description: labels.title } },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p) => {
        const names = p.data && p.data.consortia;
        return `<b>${p.name}</b><br>${tip(names)}`;
      },
    },
    legend: { bottom: 0, data: [labels.zones, labels.parks] },
    visualMap: {
      min: 0, max, left: 0, bottom: 24, itemHeight: 70, text: [labels.more, labels.less],
      inRange: { color: ['#f1f3f5', '#9ec5fe', '#1f6feb'] }, seriesIndex: 0,
    },
    geo: { map: mapName, roam: false, layoutCenter: ['50%', '48%'], layoutSize: '95%', silent: true },
    series: [
      {
        name: labels.districts, type: 'map', geoIndex: 0,
        data: districts.map((d) => ({ name: d.name, value: d.value, consortia: d.consortia })),
      },
      {
        name: labels.zones, type: 'scatter', coordinateSystem: 'geo', symbol: 'diamond', symbolSize: 16,
        itemStyle: { color: '#c92a2a' }, label: { show: true, formatter: '{b}', position: 'right', fontSize: 11 },
        data: pointData(zonePts), z: 4,
      },
      {
        name: labels.parks, type: 'scatter', coordinateSystem: 'geo', symbolSize: 8,
        itemStyle: { color: '#f08c00' }, data: pointData(parkPts), z: 3,
      },
    ],
  };
}
