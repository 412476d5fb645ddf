// 3. A few lines listening to the widgets' events (every kc- event bubbles to document).
const log = document.getElementById('events');
for (const type of [
  'kc-result',
  'kc-step-change',
  'kc-crisis',
  'kc-section-change',
  'kc-cta',
  'kc-breath-start',
  'kc-breath-complete',
]) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const detail = event.detail || {};
    item.textContent = type + (detail.outcome ? ': ' + detail.outcome : detail.id ? ': ' + detail.id : '');
    log.append(item);
  });
}
