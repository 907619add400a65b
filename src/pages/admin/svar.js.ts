// /admin/svar.js: the "Svar" block for interview answers, with the standard questions that exist.
import type { APIRoute } from 'astro';
import { modelOf } from '../../model/session';
import { answerComponentScript } from '../../editor/web-editor/answer-component';

export const GET: APIRoute = () => {
  const { result } = modelOf(process.cwd());
  const questions = result.entries
    .filter((e) => e.collection === 'questions')
    .map((e) => ({ id: e.id, label: typeof e.data['label'] === 'string' ? e.data['label'] : e.id }));
  return new Response(answerComponentScript(questions), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
