// The survey's progress as the customer chooses: how many questions are answered. The page works without it (the
// server counts the answers given when it shows the form again).
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('form.survey');
  const bar = form && form.querySelector('.survey-progress progress');
  const text = form && form.querySelector('#survey-progress-text');
  if (!bar || !text) return;
  form.addEventListener('change', () => {
    const answered = new Set([...form.querySelectorAll('input[type=radio]:checked')].map(input => input.name)).size;
    bar.value = answered;
    text.textContent = text.dataset.template.replace('#', answered);
  });
});
