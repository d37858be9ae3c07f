// One visitor's way through a questionnaire: one question per step, then an optional comment, then thanks.
// Shared by the kiosk and the web survey; the screens decide where the answers go (`submit`).
import type { SurveyConfig } from '$lib/domain/kiosk-config';
import type { SurveySubmission } from '$lib/domain/submission';
import type { ScaleValue } from '$lib/domain/survey';

export type SurveyQuestion = SurveyConfig['questions'][number];
export type SurveyAnswers = SurveySubmission['answers'];
export type SurveyStage = 'question' | 'comment' | 'done';

/** The comment's length limit, as the submission schema has it. */
export const COMMENT_MAX = 1000;

export class SurveyFlow {
	readonly questions: readonly SurveyQuestion[];
	/** The visitor's comment, bound to the comment step's field. */
	comment = $state('');
	#step = $state(0);
	#values = $state<Record<string, ScaleValue>>({});
	#submitting = $state(false);
	#failure = $state.raw<unknown>(null);
	#done = $state(false);

	constructor(questions: readonly SurveyQuestion[]) {
		this.questions = [...questions].sort((a, b) => a.position - b.position);
	}

	/** 0-based: a question's index, or `questions.length` for the comment step. */
	get step(): number {
		return this.#step;
	}

	get stage(): SurveyStage {
		if (this.#done) return 'done';
		return this.#step < this.questions.length ? 'question' : 'comment';
	}

	/** The question on screen, or null on the comment and thank-you steps. */
	get question(): SurveyQuestion | null {
		return this.stage === 'question' ? (this.questions[this.#step] ?? null) : null;
	}

	/** The answers given so far, in question order. */
	get answers(): SurveyAnswers {
		return this.questions.flatMap((q) => {
			const value = this.#values[q.id];
			return value ? [{ question: q.id, value }] : [];
		});
	}

	/** True once the visitor answered a question or typed a comment: leaving then discards something. */
	get entered(): boolean {
		return this.answers.length > 0 || this.comment.trim() !== '';
	}

	/** The answer already given to a question (when the visitor came back to it). */
	answerOf(questionId: string): ScaleValue | undefined {
		return this.#values[questionId];
	}

	get submitting(): boolean {
		return this.#submitting;
	}

	/** Why the last submit failed (the answers are kept), or null. */
	get failure(): unknown {
		return this.#failure;
	}

	/** Records the answer to the question on screen and moves to the next step. */
	answer(value: ScaleValue): void {
		const question = this.question;
		if (!question) return;
		this.#values[question.id] = value;
		this.#step += 1;
	}

	/** Goes back one step, keeping every answer; false when already on the first question. */
	back(): boolean {
		if (this.#done || this.#submitting || this.#step === 0) return false;
		this.#failure = null;
		this.#step -= 1;
		return true;
	}

	/**
	 * Hands the answers over with `send`; the flow reaches 'done' only once `send` resolved, i.e. once the
	 * answer is safely stored. When it throws, the flow keeps every answer and the error (see `failure`).
	 */
	async submit(send: (answers: SurveyAnswers, comment: string) => Promise<unknown>): Promise<boolean> {
		if (this.stage !== 'comment' || this.#submitting) return false;
		this.#submitting = true;
		this.#failure = null;
		try {
			await send(this.answers, this.comment.trim());
			this.#done = true;
			return true;
		} catch (error) {
			this.#failure = error;
			return false;
		} finally {
			this.#submitting = false;
		}
	}
}
