// <app-survey-form>: runs the server-rendered survey form one step at a time. The rules live in
// src/lib/survey (form-state.ts, check.ts); this file only connects them to the page: it reads
// the fields, shows errors in the GOV.UK pattern, keeps the answers in localStorage until they
// are sent, and sends them with supabase-js, which is loaded only at that moment.
import { fillPlaceholders } from '../../lib/i18n';
import { checkAnswers } from '../../lib/survey/check';
import type { Definition, Question, Section } from '../../lib/survey/definition';
import {
  newSurvey,
  normalizeCode,
  parseSaved,
  refusalStep,
  startErrors,
  stepErrors,
  stepIds,
  storageKey,
  toAnswers,
  type FieldError,
  type RawAnswers,
  type SavedSurvey,
} from '../../lib/survey/form-state';
import { NO_ANSWER } from '../../lib/survey/no-answer';
import { refusalFromError } from '../../lib/survey/reasons';

interface Config {
  definition: Definition;
  sections: Section[];
  api: { url: string; anonKey: string };
  messages: Record<string, string>;
  text: Record<'progress' | 'next' | 'begin' | 'toReview' | 'send' | 'sending' | 'errorPrefix' | 'none' | 'noAnswer' | 'noStorage', string>;
  locale: string;
}

/** localStorage if the browser allows it, else nothing (the form still works, without the copy). */
function deviceStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    const probe = '__app_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

class SurveyForm extends HTMLElement {
  #config!: Config;
  #form!: HTMLFormElement;
  #storage: Storage | null = null;
  #survey!: SavedSurvey;
  #steps: string[] = [];
  /** Set when the resident came from the review via "change": Next then returns there. */
  #returnToReview = false;
  #sending = false;
  /** The page's own title; each step puts its name and number in front. */
  #baseTitle = document.title;
  #title = document.title;

  connectedCallback() {
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    const form = this.querySelector('form');
    const json = this.querySelector('script[data-config]')?.textContent;
    if (!form || !json) return;
    this.#form = form;
    this.#config = JSON.parse(json) as Config;
    this.#steps = stepIds(this.#config.sections);
    this.#storage = deviceStorage();
    const key = storageKey(this.#config.definition.wave.slug);
    this.#survey = parseSaved(this.#storage?.getItem(key) ?? null) ?? newSurvey(new Date(), crypto.randomUUID());
    this.#takeCodeFromAddress();
    this.#fillFields();
    if (!this.#storage) this.#status(this.#config.text.noStorage);

    document.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((element) => (element.hidden = true));
    form.hidden = false;
    form.addEventListener('input', () => this.#readFields());
    form.addEventListener('change', (event) => {
      this.#keepExclusive(event.target);
      this.#readFields();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#next();
    });
    this.querySelector('[data-back]')?.addEventListener('click', () => this.#back());
    this.querySelectorAll<HTMLAnchorElement>('[data-change]').forEach((link) =>
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.#change(link.dataset.change!);
      }),
    );
    this.querySelector('[data-error-list]')?.addEventListener('click', (event) => {
      const link = (event.target as HTMLElement).closest('a');
      const target = link && document.getElementById(link.hash.slice(1));
      if (!target) return;
      event.preventDefault();
      // Like GOV.UK: bring the question's legend or label into view, then focus the field.
      (target.closest('.app-question, [data-field]') ?? target).scrollIntoView();
      target.focus({ preventScroll: true });
    });
    const step = this.#steps.includes(this.#survey.step) ? this.#survey.step : 'start';
    this.#show(step, false);
  }

  /** An invitation link carries the code (?code=…); take it and drop it from the address bar and history. */
  #takeCodeFromAddress() {
    const url = new URL(window.location.href);
    const code = url.searchParams.get('code');
    if (code === null) return;
    if (this.#config.definition.wave.participation === 'invitation') this.#survey.code = normalizeCode(code);
    url.searchParams.delete('code');
    history.replaceState(history.state, '', url);
    this.#save();
  }

  #save() {
    try {
      this.#storage?.setItem(storageKey(this.#config.definition.wave.slug), JSON.stringify(this.#survey));
    } catch {
      this.#status(this.#config.text.noStorage);
    }
  }

  #status(text: string) {
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (status) status.textContent = text;
  }

  #inputs(name: string) {
    return [...this.#form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[name="${CSS.escape(name)}"]`)];
  }

  /** Puts the saved entries back into the fields (after a reload or a closed tab). */
  #fillFields() {
    const { raw, consent, code } = this.#survey;
    for (const question of this.#config.definition.questions) {
      const value = raw[question.id];
      if (value === undefined) continue;
      const values = Array.isArray(value) ? value : [value];
      for (const input of this.#inputs(question.id)) {
        if (input instanceof HTMLInputElement && (input.type === 'radio' || input.type === 'checkbox')) input.checked = values.includes(input.value);
        else input.value = question.kind === 'number' && value === NO_ANSWER ? '' : String(values[0] ?? '');
      }
      const none = this.#inputs(`${question.id}--none`)[0];
      if (none instanceof HTMLInputElement) none.checked = value === NO_ANSWER;
    }
    const consentBox = this.#inputs('consent')[0];
    if (consentBox instanceof HTMLInputElement) consentBox.checked = consent;
    const codeInput = this.#inputs('code')[0];
    if (codeInput) codeInput.value = code;
  }

  /** Reads every field into the saved survey and stores it. */
  #readFields() {
    const raw: RawAnswers = {};
    for (const question of this.#config.definition.questions) {
      const value = this.#readQuestion(question);
      if (value !== undefined) raw[question.id] = value;
    }
    this.#survey.raw = raw;
    const consentBox = this.#inputs('consent')[0];
    this.#survey.consent = consentBox instanceof HTMLInputElement && consentBox.checked;
    this.#survey.code = this.#inputs('code')[0]?.value ?? this.#survey.code;
    this.#save();
  }

  #readQuestion(question: Question): string | string[] | undefined {
    const inputs = this.#inputs(question.id);
    if (question.kind === 'multiple') return inputs.filter((input) => (input as HTMLInputElement).checked).map((input) => input.value);
    if (question.kind === 'single' || question.kind === 'scale') return inputs.find((input) => (input as HTMLInputElement).checked)?.value;
    const none = this.#inputs(`${question.id}--none`)[0] as HTMLInputElement | undefined;
    if (none?.checked) return NO_ANSWER;
    return inputs[0]?.value || undefined;
  }

  #stepIndex(step: string) {
    return this.#steps.indexOf(step);
  }

  /** Shows one step: progress, buttons, title; moves focus to its heading when asked. */
  #show(step: string, focus = true) {
    this.#survey.step = step;
    this.#save();
    this.querySelectorAll<HTMLElement>('[data-step]').forEach((section) => (section.hidden = section.dataset.step !== step));
    const index = this.#stepIndex(step);
    const { text } = this.#config;
    const progress = fillPlaceholders(text.progress, { current: index + 1, total: this.#steps.length });
    this.querySelector('[data-progress-text]')!.textContent = progress;
    this.querySelector('progress')!.value = index + 1;
    const next = this.querySelector<HTMLElement>('[data-next] .kern-label')!;
    next.textContent = step === 'start' ? text.begin : step === 'review' ? text.send : this.#returnToReview ? text.toReview : text.next;
    this.querySelector<HTMLElement>('[data-back]')!.hidden = step === 'start';
    if (step === 'review') this.#fillReview();
    const heading = this.querySelector<HTMLElement>(`[data-step="${step}"] h2`);
    this.#title = `${progress}: ${heading?.textContent ?? ''} – ${this.#baseTitle}`;
    this.#showErrors([], false);
    if (focus) {
      heading?.focus();
      heading?.scrollIntoView({ block: 'start' });
    }
  }

  /** The answers in words for the review step. */
  #fillReview() {
    const { definition, text } = this.#config;
    for (const question of definition.questions) {
      const cell = this.querySelector<HTMLElement>(`[data-review="${question.id}"]`);
      if (!cell) continue;
      const value = this.#survey.raw[question.id];
      const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
      const label = (code: string) => {
        if (code === NO_ANSWER) return text.noAnswer;
        if (question.kind === 'number' || question.kind === 'text') return code;
        return this.querySelector(`label[for="${CSS.escape(`${question.id}-${code}`)}"]`)?.textContent ?? code;
      };
      cell.textContent = values.length ? values.map(label).join('\n') : text.none;
    }
  }

  /**
   * Exclusive checkboxes, as in the GOV.UK pattern: ticking "keine Angabe" or "nichts davon"
   * unticks the question's other answers, and ticking another answer unticks those. The check
   * (and the database) still refuse such a mix, e.g. from a copy saved before this existed.
   */
  #keepExclusive(target: EventTarget | null) {
    if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox' || !target.checked) return;
    const exclusive = target.hasAttribute('data-exclusive');
    this.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${CSS.escape(target.name)}"]`).forEach((box) => {
      if (box !== target && (exclusive || box.hasAttribute('data-exclusive'))) box.checked = false;
    });
  }

  /** Marks fields and fills the summary; focuses the summary when there are errors. */
  #showErrors(errors: FieldError[], focus = true) {
    const { text, definition } = this.#config;
    this.querySelectorAll<HTMLElement>('.app-field-error').forEach((element) => {
      element.hidden = true;
      const owner = element.closest('.app-question, [data-field]');
      owner?.classList.remove('kern-fieldset--error', 'kern-form-input--error');
      owner?.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
      this.#describe(owner, element.id, false);
    });
    const summary = this.querySelector<HTMLElement>('[data-error-summary]')!;
    const list = summary.querySelector('[data-error-list]')!;
    list.replaceChildren();
    summary.hidden = errors.length === 0;
    document.title = errors.length ? `${text.errorPrefix} ${this.#title}` : this.#title;
    for (const error of errors) {
      const question = definition.questions.find((q) => q.id === error.field);
      const message = this.#message(error, question);
      const item = document.createElement('li');
      const fieldElement = error.field ? this.querySelector<HTMLElement>(`#q-${CSS.escape(error.field)}`) : null;
      if (error.field && fieldElement) {
        const link = document.createElement('a');
        const firstInput = fieldElement.querySelector<HTMLElement>('input, textarea');
        link.href = `#${firstInput?.id ?? fieldElement.id}`;
        link.textContent = message;
        item.append(link);
        const slot = this.querySelector<HTMLElement>(`#${CSS.escape(`${error.field}-error`)}`);
        if (slot) {
          slot.querySelector('[data-message]')!.textContent = message;
          slot.hidden = false;
          fieldElement.classList.add(fieldElement.tagName === 'FIELDSET' ? 'kern-fieldset--error' : 'kern-form-input--error');
          fieldElement.querySelectorAll('input[type="text"], textarea').forEach((input) => input.setAttribute('aria-invalid', 'true'));
          this.#describe(fieldElement, slot.id, true);
        }
      } else {
        item.textContent = message;
      }
      list.append(item);
    }
    if (errors.length && focus) {
      summary.scrollIntoView({ block: 'start' });
      summary.focus({ preventScroll: true });
    }
  }

  /** Adds or removes an id in aria-describedby of the field (the fieldset, or the single input). */
  #describe(owner: Element | null | undefined, id: string, add: boolean) {
    const target = owner?.tagName === 'FIELDSET' ? owner : owner?.querySelector('input, textarea');
    if (!target) return;
    const ids = new Set((target.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
    if (add) ids.add(id);
    else ids.delete(id);
    if (ids.size) target.setAttribute('aria-describedby', [...ids].join(' '));
    else target.removeAttribute('aria-describedby');
  }

  #message(error: FieldError, question: Question | undefined): string {
    const { messages } = this.#config;
    let key: string = error.reason;
    if (error.reason === 'answer_required' && question?.kind === 'text') key = 'answer_required.text';
    const values: Record<string, string | number> = {};
    if (question && 'maxSelections' in question && question.maxSelections) values.max = question.maxSelections;
    if (question && (question.kind === 'number' || question.kind === 'scale')) Object.assign(values, { min: question.min, max: question.max });
    if (question?.kind === 'text') {
      values.max = question.maxLength;
      values.count = [...String(this.#survey.raw[question.id] ?? '')].length;
    }
    return fillPlaceholders(messages[key] ?? messages.unexpected ?? key, values);
  }

  #back() {
    const index = this.#stepIndex(this.#survey.step);
    this.#returnToReview = false;
    if (index > 0) this.#show(this.#steps[index - 1]!);
  }

  /** "Change" on the review: go to the question's step and focus the question. */
  #change(id: string) {
    const section = this.#config.sections.find((s) => s.questions.includes(id));
    if (!section) return;
    this.#returnToReview = true;
    this.#show(section.id, false);
    const field = this.querySelector<HTMLElement>(`#q-${CSS.escape(id)}`);
    field?.scrollIntoView({ block: 'start' });
    (field?.querySelector<HTMLElement>('input:checked') ?? field?.querySelector<HTMLElement>('input, textarea'))?.focus({ preventScroll: true });
  }

  async #next() {
    if (this.#sending) return;
    this.#readFields();
    const step = this.#survey.step;
    const { definition, sections } = this.#config;
    if (step === 'review') return this.#send();
    const section = sections.find((s) => s.id === step);
    const errors = section ? stepErrors(definition, section, this.#survey.raw) : startErrors(definition, this.#survey);
    if (errors.length) return this.#showErrors(errors);
    const target = this.#returnToReview ? 'review' : this.#steps[this.#stepIndex(step) + 1]!;
    if (target === 'review') this.#returnToReview = false;
    this.#show(target);
  }

  async #send() {
    const { definition, sections, api, text } = this.#config;
    const answers = toAnswers(definition, this.#survey.raw);
    const local = checkAnswers(definition, answers);
    if (local) return this.#refused(refusalStep(definition, sections, local.reason, local.question));
    this.#sending = true;
    const button = this.querySelector<HTMLButtonElement>('[data-next]')!;
    button.setAttribute('aria-disabled', 'true');
    // A new attempt: an earlier refusal no longer stands next to "sending".
    this.#showErrors([], false);
    this.#status(text.sending);
    try {
      // Loaded only now: the resident's first view stays light. If this fails, the network is down.
      const { createClient } = await import('@supabase/supabase-js');
      const client = createClient(api.url, api.anonKey, {
        auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
      });
      const { error, status } = await client.rpc('submit_survey_response', {
        p_wave: definition.wave.slug,
        p_answers: answers,
        p_idempotency_key: this.#survey.idempotencyKey,
        p_invitation_code: definition.wave.participation === 'invitation' ? normalizeCode(this.#survey.code) : null,
        p_started_at: this.#survey.startedAt,
      });
      if (!error) return this.#done();
      // supabase-js reports a failed fetch as an error without an HTTP status.
      if (!status) return this.#refused({ step: 'review', error: { field: null, reason: 'network' } });
      const refusal = refusalFromError(error, status);
      this.#refused(refusalStep(definition, sections, refusal.reason, refusal.question));
    } catch {
      this.#refused({ step: 'review', error: { field: null, reason: 'network' } });
    } finally {
      this.#sending = false;
      button.removeAttribute('aria-disabled');
    }
  }

  #refused({ step, error }: { step: string; error: FieldError }) {
    this.#status('');
    if (step !== this.#survey.step) this.#show(step, false);
    this.#showErrors([error]);
  }

  /** Sent: erase the copy on the device and say thank you. */
  #done() {
    this.#storage?.removeItem(storageKey(this.#config.definition.wave.slug));
    this.#form.hidden = true;
    const done = this.querySelector<HTMLElement>('[data-done]')!;
    done.hidden = false;
    const heading = done.querySelector<HTMLElement>('h2');
    document.title = `${heading?.textContent ?? ''} – ${this.#baseTitle}`;
    heading?.focus();
  }
}

customElements.define('app-survey-form', SurveyForm);
