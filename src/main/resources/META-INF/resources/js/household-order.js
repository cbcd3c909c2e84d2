// A household's order form: live figures, quick amounts, + and −, search and "Voir ma sélection" without reloading.
// The server computes the same figures (OrderTotals) when the form is posted without this script, and saves the order.
(function () {
  var form = document.querySelector('[data-household-order]');
  if (!form) { return; }
  var euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
  var cap = form.dataset.cap ? parseInt(form.dataset.cap, 10) : null;
  function $(selector) { return form.querySelector(selector); }
  function parse(text) {
    var value = parseFloat(String(text || '').replace(/\s/g, '').replace(',', '.'));
    return isNaN(value) || value < 0 ? 0 : value;
  }
  function format(value) {
    return String(Math.round(value * 1000) / 1000).replace('.', ',');
  }
  function show(name, text) {
    $('[data-' + name + '-row]').hidden = text === null;
    if (text !== null) { $('[data-' + name + ']').textContent = text; }
  }
  // Each line rounded half up to the cent, the fund's rate of the total half up within the cap, 1 € a coupon.
  function update() {
    var cents = 0, count = 0;
    form.querySelectorAll('input[data-price]').forEach(function (input) {
      var milli = Math.round(parse(input.value) * 1000);
      var item = input.closest('li');
      item.classList.toggle('chosen', milli > 0);
      var unit = item.querySelector('.unit');
      unit.textContent = milli >= 2000 ? unit.dataset.many : unit.dataset.one;
      if (milli > 0) { count++; }
      cents += Math.floor((parseInt(input.dataset.price, 10) * milli + 500) / 1000);
    });
    form.querySelectorAll('input[type=hidden][name^="q-"]').forEach(function (input) {
      if (parse(input.value) > 0) { count++; }
    });
    var rate = form.querySelector('input[name=fundRate]:checked');
    rate = rate ? parseInt(rate.value, 10) || 0 : 0;
    var reduction = rate ? Math.floor((cents * rate + 50) / 100) : 0;
    if (cap !== null && reduction > cap) { reduction = cap; }
    var coupons = parseInt(($('input[name=coupons]') || {}).value, 10);
    coupons = isNaN(coupons) || coupons < 0 ? 0 : coupons * 100;
    $('[data-count]').textContent = count === 0 ? form.dataset.count0 : count === 1 ? form.dataset.count1
      : form.dataset.countn.replace('#', count);
    $('[data-total]').textContent = euros.format(cents / 100);
    show('reduction', rate ? '− ' + euros.format(reduction / 100) : null);
    show('coupons', coupons ? euros.format(coupons / 100) : null);
    $('[data-to-pay]').textContent = euros.format((cents - reduction + coupons) / 100);
  }
  function move(input, direction) {
    var step = parse(input.dataset.step) || 1;
    var min = parse(input.dataset.min);
    var max = input.dataset.max !== undefined ? parse(input.dataset.max) : Infinity;
    var value = Math.round((parse(input.value) + direction * step) * 1000) / 1000;
    if (direction > 0 && value < min) { value = min; }
    if (direction < 0 && value < min) { value = 0; }
    if (value > max) { value = Math.floor(max / step) * step; }
    input.value = value > 0 ? format(value) : '';
  }
  var selection = $('[data-view-selection]');
  function filter() {
    var wanted = fold($('#recherche').value);
    var only = form.classList.contains('selection-only');
    var any = false;
    form.querySelectorAll('.order-section').forEach(function (section) {
      var shown = 0;
      section.querySelectorAll('li.order-item').forEach(function (item) {
        var visible = only ? item.classList.contains('chosen') : item.dataset.search.indexOf(wanted) >= 0;
        item.hidden = !visible;
        if (visible) { shown++; }
      });
      section.hidden = shown === 0;
      any = any || shown > 0;
    });
    // While searching or looking at the selection, the category chips step aside so what was found comes first.
    form.classList.toggle('searching', wanted !== '' && !only);
    var none = $('[data-search-none]');
    none.hidden = any;
    none.textContent = any ? '' : (only ? form.dataset.emptySelection : form.dataset.noMatch) || '';
  }
  function fold(text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  }
  form.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button) { return; }
    if (button.hasAttribute('data-step-up') || button.hasAttribute('data-step-down')) {
      move(button.parentElement.querySelector('input'), button.hasAttribute('data-step-up') ? 1 : -1);
    } else if (button.hasAttribute('data-quick')) {
      event.preventDefault();
      var input = button.closest('li').querySelector('input.qty');
      // A second tap on the amount already chosen takes it back.
      input.value = input.value === button.dataset.quick ? '' : button.dataset.quick;
    } else if (button.hasAttribute('data-search-submit')) {
      event.preventDefault();
    } else if (button === selection) {
      event.preventDefault();
      var only = form.classList.toggle('selection-only');
      var other = selection.dataset.other;
      selection.dataset.other = selection.textContent;
      selection.textContent = other;
      if (only) { $('#recherche').value = ''; }
      filter();
      if (only) { form.querySelector('.order-search').scrollIntoView(); }
      return;
    } else {
      return;
    }
    update();
    filter();
  });
  form.addEventListener('input', function (event) {
    if (event.target.id === 'recherche') {
      if (form.classList.contains('selection-only')) { selection.click(); }
      filter();
    } else {
      update();
    }
  });
  form.addEventListener('change', update);
  // Enter in the search box searches; elsewhere it shows the figures, never sends (the "Envoyer" button does).
  form.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.tagName === 'INPUT' && event.target.type !== 'submit') {
      event.preventDefault();
    }
  });
  var sent = false;
  form.addEventListener('submit', function (event) {
    if (sent) { event.preventDefault(); return; }
    sent = true;
  });
  var recalculate = $('[data-recalculate]');
  if (recalculate) { recalculate.hidden = true; }
  form.classList.add('live');
  update();
})();
