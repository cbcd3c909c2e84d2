// Quantity steppers and the live total of the order form. The server recomputes everything;
// this only helps people see what they are doing. Works without it (plain inputs).
(function () {
  var form = document.querySelector('[data-order-form]');
  if (!form) { return; }
  var euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
  function parse(text) {
    var value = parseFloat(String(text || '').replace(/\s/g, '').replace(',', '.'));
    return isNaN(value) ? 0 : value;
  }
  function format(value) {
    return String(Math.round(value * 1000) / 1000).replace('.', ',');
  }
  function total() {
    var shown = form.querySelector('[data-total]');
    if (!shown) { return; } // paper entry: staff see no money
    var cents = 0;
    form.querySelectorAll('input[data-price]').forEach(function (input) {
      var milli = Math.round(parse(input.value) * 1000);
      cents += Math.round(parseInt(input.dataset.price, 10) * milli / 1000);
    });
    shown.textContent = euros.format(cents / 100);
  }
  function move(input, direction) {
    var step = parse(input.dataset.step) || 1;
    var min = parse(input.dataset.min);
    var max = input.dataset.max !== undefined ? parse(input.dataset.max) : Infinity;
    var value = parse(input.value) + direction * step;
    if (direction > 0 && value < min) { value = min; }
    if (direction < 0 && value < min) { value = 0; }
    if (value > max) { value = Math.floor(max / step) * step; }
    input.value = value > 0 ? format(value) : '';
    total();
  }
  form.addEventListener('click', function (event) {
    var button = event.target.closest('[data-step-up],[data-step-down]');
    if (!button) { return; }
    var input = button.parentElement.querySelector('input');
    move(input, button.hasAttribute('data-step-up') ? 1 : -1);
  });
  form.addEventListener('input', total);
  var sent = false;
  form.addEventListener('submit', function (event) {
    // A double tap sends once; the server would not create two orders anyway.
    if (sent) { event.preventDefault(); return; }
    sent = true;
  });
  total();

  // Paper entry: jump to a product by its number on the paper form or by a part of its name, without
  // reloading (what is typed stays). Without the script the same form asks the server, which focuses it.
  var jump = document.querySelector('[data-jump]');
  if (jump) {
    var hint = jump.querySelector('[data-jump-hint]');
    if (hint) { hint.hidden = true; }
    var status = jump.querySelector('[data-jump-status]');
    var fold = function (text) {
      return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
    };
    jump.addEventListener('submit', function (event) {
      event.preventDefault();
      var field = jump.querySelector('input[name=aller]');
      var wanted = fold(field.value);
      if (!wanted) { return; }
      var items = Array.prototype.slice.call(form.querySelectorAll('li[data-number]'));
      var found = items.filter(function (item) {
        return /^\d+$/.test(wanted) ? item.dataset.number === String(parseInt(wanted, 10))
          : fold(item.dataset.name).indexOf(wanted) >= 0;
      })[0];
      if (!found) { status.textContent = jump.dataset.none; return; }
      status.textContent = '';
      field.value = '';
      var input = found.querySelector('input.qty');
      input.focus();
      input.select();
    });
  }
})();
