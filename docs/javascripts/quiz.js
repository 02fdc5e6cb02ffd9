/* The which-axis quiz (macros/quiz.py). Without this script each answer waits in a
   <details>; with it, a check button per question gives feedback in a live region and
   the score is kept above. No storage, no requests. */
(function () {
  "use strict";
  var form = document.querySelector("form.sa-quiz");
  if (!form) return;
  var questions = form.querySelectorAll("fieldset.sa-quiz-q");
  var score = form.querySelector(".sa-quiz-score");
  var right = 0, answered = 0;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  function check(question) {
    var chosen = question.querySelector("input:checked");
    var feedback = question.querySelector(".sa-quiz-feedback");
    if (question.hasAttribute("data-answered")) return;
    if (!chosen) {
      // "Check" with nothing chosen says so, in the question's live region, instead of nothing.
      var hint = document.createElement("p");
      hint.className = "sa-quiz-hint";
      hint.textContent = form.getAttribute("data-choose");
      feedback.replaceChildren(hint);
      return;
    }
    feedback.replaceChildren();
    var correct = chosen.value === question.getAttribute("data-answer");
    question.setAttribute("data-answered", correct ? "right" : "wrong");
    answered += 1;
    if (correct) right += 1;
    question.querySelectorAll("input").forEach(function (input) { input.disabled = input !== chosen; });
    var verdict = document.createElement("strong");
    verdict.textContent = form.getAttribute(correct ? "data-correct" : "data-wrong") + " ";
    var reason = question.querySelector(".sa-quiz-answer p").cloneNode(true);
    reason.insertBefore(verdict, reason.firstChild);
    feedback.appendChild(reason);
    // The button stays where it is (hiding it would drop keyboard focus), now inert.
    question.querySelector(".sa-quiz-check").setAttribute("aria-disabled", "true");
    score.textContent = answered === questions.length
      ? fill(form.getAttribute("data-done"), { right: right, total: questions.length })
      : fill(form.getAttribute("data-score"), { right: right, answered: answered, total: questions.length });
  }

  questions.forEach(function (question) {
    question.querySelector(".sa-quiz-answer").hidden = true;
    var button = question.querySelector(".sa-quiz-check");
    button.hidden = false;
    button.addEventListener("click", function () { check(question); });
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
})();
