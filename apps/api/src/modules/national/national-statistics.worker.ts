import { parentPort, workerData } from 'node:worker_threads';
import {
  lowerThreadPriority,
  type AppliedPriority,
  type ThreadPriority,
} from '../scenario/solver/thread-priority.js';
import { rowsOf, statisticsFromRows, type ValidatedQuery } from './national-statistics.mapping.js';
import {
  serializeSelection,
  type SelectionContext,
  type SerializerTypes,
} from './national-statistics.serializer.js';
import type { FieldNode } from 'graphql';

/**
 * The national statistics thread: pure computation, no database. It takes the statement's rows as
 * PostgreSQL's JSON text and the query's selection, and answers with the `nationalStatistics`
 * field's value as JSON text: parsing, mapping and writing a seven-dimension answer (thousands of
 * groups, megabytes of JSON) happen here, not on the main thread that serves every other request.
 */
export interface NationalJob {
  /** The statement's columns, and its rows as a JSON array of arrays of their values. */
  columns: string[];
  rowsJson: string;
  query: ValidatedQuery;
  /** The field's nodes (without locations) and the request's fragments and variables. */
  fieldNodes: FieldNode[];
  context: SelectionContext;
}

export interface NationalWorkerRequest {
  id: number;
  job: NationalJob;
}

export type NationalWorkerResponse =
  | { id: number; ok: true; json: string; groups: number }
  | { id: number; ok: false; name: string; message: string };

export interface NationalWorkerStarted {
  started: true;
  priority: AppliedPriority;
}

export interface NationalWorkerOptions {
  /** This thread's CPU priority, so requests on the main thread come first. */
  priority: ThreadPriority;
  types: SerializerTypes;
  /** The answer's type (NationalStatistics). */
  root: string;
}

const port = parentPort;
if (!port) throw new Error('national-statistics.worker must run in a worker thread');
const options = workerData as NationalWorkerOptions;
port.postMessage({
  started: true,
  priority: lowerThreadPriority(options.priority),
} satisfies NationalWorkerStarted);

port.on('message', ({ id, job }: NationalWorkerRequest) => {
  let response: NationalWorkerResponse;
  try {
    const statistics = statisticsFromRows(rowsOf(job.columns, job.rowsJson), job.query);
    const json = serializeSelection(
      statistics,
      options.root,
      job.fieldNodes,
      options.types,
      job.context,
    );
    response = { id, ok: true, json, groups: statistics.groups.length };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    response = { id, ok: false, name: e.name, message: e.message };
  }
  port.postMessage(response);
});
