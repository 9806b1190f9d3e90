/*
 * Danish validation messages in the Tasklist's Camunda Forms (issue 14).
 *
 * form-js, the Camunda Forms renderer of the 7.24 Tasklist, writes its validation messages in English and has no
 * setting for their language; a pattern's message even shows the regular expression ("Field must match pattern
 * ^\s*(\d{2}[-.]...$."). This script, loaded by config.js (customScripts), puts the messages in Danish where form-js
 * shows them (div.fjs-form-field-error li). It changes the text node form-js rendered, so form-js keeps its own
 * node and writes into it again when the message changes; the observer then translates the new one.
 */
const DATE_PATTERN = '^\\s*(\\d{2}[-.]\\d{2}[-.]\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*$'; // calendar.DanishDates.FORM_PATTERN

const MESSAGES = [
  [/^Field must match pattern (.*)\.$/, (m) => m[1] === DATE_PATTERN
    ? 'Skriv datoen som dd-mm-åååå, fx 08-01-2027.'
    : 'Feltet er ikke udfyldt i den form, der kræves.'],
  [/^Field is required\.$/, () => 'Feltet skal udfyldes.'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Feltet skal have mindst ${m[1]} tegn.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Feltet må højst have ${m[1]} tegn.`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Værdien skal være mindst ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Værdien må højst være ${m[1]}.`],
  [/^Field must be a valid email\.$/, () => 'Skriv en gyldig e-mailadresse.'],
  [/^Value is not a number\.$/, () => 'Skriv et tal.']
];

function danish(text) {
  for (const [english, translate] of MESSAGES) {
    const match = english.exec(text);
    if (match) {
      return translate(match);
    }
  }
  return null;
}

function translate(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach((item) => {
    item.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = danish(node.data.trim());
        if (text !== null) {
          node.data = text;
        }
      }
    });
  });
}

new MutationObserver(() => translate(document.body))
  .observe(document.body, {childList: true, subtree: true, characterData: true});

export default {};
