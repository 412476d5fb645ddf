// 3. A few lines listening to the widgets' events (every kc- event bubbles to document).
const log = document.getElementById('events');
for (const type of ['kc-result', 'kc-step-change', 'kc-crisis', 'kc-section-change', 'kc-cta', 'kc-breath-complete']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = type + (event.detail && event.detail.outcome ? ': ' + event.detail.outcome : '');
    log.append(item);
  });
}
