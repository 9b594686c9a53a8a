// The document reader: a click on a highlighted fact shows its fields beside the text.
(function () {
  const LABELS = [
    ['text', '数量表述'], ['indicator', '指标'], ['value', '数值'], ['unit', '单位'],
    ['norm_value', '标准值'], ['norm_unit', '标准单位'], ['norm_high', '区间上限'],
    ['qualifier', '限定'], ['measure', '度量'], ['direction', '方向'], ['modality', '性质'],
    ['period', '时期'], ['region', '地区'], ['start', '起点'], ['end', '终点']
  ];
  // The facts come as a JSON data block, not an inline script the Content-Security-Policy refuses.
  const data = document.getElementById('facts-data');
  const FACTS = data ? JSON.parse(data.textContent) : [];
  const labels = document.getElementById('code-labels');
  const CODE_LABELS = labels ? JSON.parse(labels.textContent) : {};
  const panel = document.getElementById('fact-panel');
  const fields = document.getElementById('fact-fields');
  const text = document.getElementById('text');
  if (!panel || !text) return;
  text.addEventListener('click', function (event) {
    const mark = event.target.closest('mark.fact');
    if (!mark) return;
    const fact = FACTS[Number(mark.dataset.fact)];
    fields.replaceChildren();
    for (const [key, label] of LABELS) {
      const value = fact[key];
      if (value === null || value === undefined) continue;
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      // Codes (CHANGE, up, TARGET, about) read in Chinese, from the server's one table of labels.
      const words = CODE_LABELS[key];
      dd.textContent = words && words[value] !== undefined ? words[value] : String(value);
      dd.dataset.field = key;
      fields.append(dt, dd);
    }
    text.querySelectorAll('mark.selected').forEach(m => m.classList.remove('selected'));
    mark.classList.add('selected');
    panel.hidden = false;
  });
  document.getElementById('fact-close').addEventListener('click', () => { panel.hidden = true; });
})();
