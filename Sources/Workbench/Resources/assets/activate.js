// The activation page: a one-time code (from the link or typed) and a new password.
import { api, showError, clearError, busy } from '/assets/common.js';

const form = document.getElementById('activate');
const codeInput = document.getElementById('code');
const fromLink = new URLSearchParams(location.search).get('code');
if (fromLink) {
  codeInput.value = fromLink;
  // The code is a secret: keep it out of the address bar and the history once read.
  history.replaceState(null, '', '/activate');
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('error');
  clearError(error);
  const password = document.getElementById('password').value;
  if (password !== document.getElementById('password-again').value) {
    showError(error, new Error('两次输入的密码不一致'), '无法激活');
    return;
  }
  await busy(document.getElementById('activate-submit'), async () => {
  try {
    const session = await api('POST', '/api/activate', { code: codeInput.value.trim(), password }, { noRedirect: true });
    location.assign(session.home);
  } catch (err) {
    showError(error, err, '无法激活');
  }
  });
});
