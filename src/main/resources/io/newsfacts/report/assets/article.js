// Article page: clicking a speaker (or an entity in the side panel) highlights every mention of
// that entity; clicking it again clears the highlight. Plain script, no modules: file:// pages
// cannot load ES modules.
(function () {
  'use strict';
  var text = document.getElementById('article-text');
  var status = document.getElementById('highlight-status');
  if (!text) { return; }
  // Marks the page as scripted: CSS shows the click hints only then, and tests can tell it ran.
  document.documentElement.classList.add('js');
  var active = null;

  function entityName(entityId) {
    var button = document.querySelector('.entity-button[data-entity="' + entityId + '"] .name');
    return button ? button.textContent : entityId;
  }

  function setPressed(entityId) {
    document.querySelectorAll('[aria-pressed]').forEach(function (el) {
      el.setAttribute('aria-pressed', String(entityId !== null && el.dataset.entity === entityId));
    });
  }

  function clear() {
    text.querySelectorAll('.hl').forEach(function (el) { el.classList.remove('hl'); });
    active = null;
    setPressed(null);
    status.textContent = '';
  }

  function highlight(entityId, scroll) {
    if (active === entityId) { clear(); return; }
    clear();
    var mentions = text.querySelectorAll('.ent[data-entity="' + entityId + '"]');
    mentions.forEach(function (el) { el.classList.add('hl'); });
    active = entityId;
    setPressed(entityId);
    status.textContent = 'Highlighted ' + mentions.length + ' mention' + (mentions.length === 1 ? '' : 's')
      + ' of ' + entityName(entityId) + '.';
    if (scroll && mentions.length > 0) { mentions[0].scrollIntoView({ block: 'center' }); }
  }

  document.addEventListener('click', function (event) {
    var target = event.target.closest('.speaker[data-entity], .entity-button[data-entity]');
    if (target) { highlight(target.dataset.entity, target.classList.contains('entity-button')); }
  });
  // Speakers are spans with role="button": make Enter and Space work like on a real button.
  text.addEventListener('keydown', function (event) {
    var target = event.target;
    if ((event.key === 'Enter' || event.key === ' ') && target.matches('.speaker[data-entity]')) {
      event.preventDefault();
      highlight(target.dataset.entity, false);
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && active !== null) { clear(); }
  });
}());
