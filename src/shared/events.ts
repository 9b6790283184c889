/** The widgets' public events: bubbling, composed, typed `Event` subclasses. */

export interface QwSelectDetail {
  readonly areaId: string | null;
  readonly indicator?: string;
  readonly period?: string;
}

export interface QwErrorDetail {
  readonly code: string;
  readonly message: string;
  /** JSON path of the first contract error, where the data is at fault. */
  readonly path?: string;
}

const init: EventInit = { bubbles: true, composed: true };

/** Fired after a completed render: data loaded and drawn. */
export class QwReadyEvent extends Event {
  static readonly type = 'qw-ready';
  constructor() {
    super(QwReadyEvent.type, init);
  }
}

/** Fired when the user selects an area (map click/Enter, table, district totals). */
export class QwSelectEvent extends Event {
  static readonly type = 'qw-select';
  readonly detail: QwSelectDetail;
  constructor(detail: QwSelectDetail) {
    super(QwSelectEvent.type, init);
    this.detail = detail;
  }
}

/** Fired when the widget cannot show its data; the widget shows the same message. */
export class QwErrorEvent extends Event {
  static readonly type = 'qw-error';
  readonly detail: QwErrorDetail;
  constructor(detail: QwErrorDetail) {
    super(QwErrorEvent.type, init);
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'qw-ready': QwReadyEvent;
    'qw-select': QwSelectEvent;
    'qw-error': QwErrorEvent;
  }
}
