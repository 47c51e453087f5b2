// The sign-in page: login and password → session cookies → the account's home (or ?next=).
import { api, showError, clearError, busy } from '/assets/common.js';

const form = document.getElementById('sign-in');

/** A same-site path from ?next=, or null (never another origin). */
function nextPath() {
  const next = new URLSearchParams(location.search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('error');
  clearError(error);
  await busy(document.getElementById('sign-in-submit'), async () => {
  try {
    const session = await api('POST', '/api/session', {
      login: document.getElementById('login').value.trim(),
      password: document.getElementById('password').value,
    }, { noRedirect: true });
    location.assign(nextPath() || session.home);
  } catch (err) {
    document.getElementById('password').value = '';
    showError(error, err, '登录失败');
  }
  });
});
