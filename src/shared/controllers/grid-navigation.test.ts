import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { GridNavigationController, next, type Grid } from './grid-navigation.ts';

const line: Grid<string> = { rows: [['a', 'b', 'c']] };
const table: Grid<string> = { rows: [['a1', 'a2', 'a3'], [], ['b1', 'b2'], ['c1', 'c2', 'c3']] };

describe('grid navigation: next()', () => {
  it('walks a row with Left and Right and stops at its ends', () => {
    expect(next('ArrowRight', 'a', line)).to.equal('b');
    expect(next('ArrowRight', 'c', line)).to.equal('c');
    expect(next('ArrowLeft', 'b', line)).to.equal('a');
    expect(next('ArrowLeft', 'a', line)).to.equal('a');
  });

  it('goes to the ends of the row with Home and End', () => {
    expect(next('Home', 'b2', table)).to.equal('b1');
    expect(next('End', 'a1', table)).to.equal('a3');
  });

  it('ignores keys that do not navigate, and an empty grid', () => {
    expect(next('Enter', 'a', line)).to.equal(undefined);
    expect(next('x', 'a', line)).to.equal(undefined);
    expect(next('PageDown', 'a', line)).to.equal(undefined);
    expect(next('ArrowRight', undefined, { rows: [[], []] })).to.equal(undefined);
  });

  it('starts without a current cell: Home at the first cell, any other key at the last of the first row', () => {
    expect(next('Home', undefined, table)).to.equal('a1');
    expect(next('ArrowRight', undefined, table)).to.equal('a3');
    expect(next('ArrowDown', undefined, table)).to.equal('a3');
    expect(next('End', 'gone', table)).to.equal('a3');
  });

  it('moves between rows with Up and Down, skipping empty rows and wrapping around', () => {
    expect(next('ArrowDown', 'a2', table)).to.equal('b2');
    expect(next('ArrowDown', 'a3', table)).to.equal('b2');
    expect(next('ArrowUp', 'a1', table)).to.equal('c1');
    expect(next('ArrowDown', 'c3', table)).to.equal('a3');
  });

  it('lets the grid align cells between rows, or decide Up and Down itself', () => {
    const aligned: Grid<string> = { rows: table.rows, align: (from, row) => row.find((cell) => cell.endsWith(from.slice(1))) ?? row[0] };
    expect(next('ArrowDown', 'a3', aligned)).to.equal('b1');
    expect(next('ArrowDown', 'b2', aligned)).to.equal('c2');
    const spatial: Grid<string> = { rows: [['a', 'b', 'c']], vertical: (from, direction) => (direction === 'down' && from === 'a' ? 'c' : from) };
    expect(next('ArrowDown', 'a', spatial)).to.equal('c');
    expect(next('ArrowUp', 'a', spatial)).to.equal('a');
  });
});

class NavigationHost extends LitElement {
  current: string | undefined = 'Bislich';
  moves: string[] = [];
  readonly navigation = new GridNavigationController<string>(this, {
    grid: () => ({ rows: [['Bislich', 'Büderich', 'Feldmark', 'Fusternberg']] }),
    current: () => this.current,
    move: (target) => {
      this.moves.push(target);
      this.current = target;
    },
    name: (cell) => cell,
    locale: () => 'de',
  });
}
customElements.define('qw-test-navigation-host', NavigationHost);

describe('GridNavigationController', () => {
  const key = (k: string) => new KeyboardEvent('keydown', { key: k, cancelable: true });

  it('moves on navigation keys and prevents their default', () => {
    const host = new NavigationHost();
    const event = key('ArrowRight');
    expect(host.navigation.handle(event)).to.equal(true);
    expect(event.defaultPrevented).to.equal(true);
    expect(host.moves).to.deep.equal(['Büderich']);
    const other = key('Enter');
    expect(host.navigation.handle(other)).to.equal(false);
    expect(other.defaultPrevented).to.equal(false);
  });

  it('finds a cell by its first letters, moving on from the current one', () => {
    const host = new NavigationHost();
    host.navigation.handle(key('f'));
    expect(host.current).to.equal('Feldmark');
    host.navigation.handle(key('u'));
    expect(host.current).to.equal('Fusternberg');
    const none = key('z');
    expect(host.navigation.handle(none)).to.equal(false);
    expect(none.defaultPrevented).to.equal(false);
  });
});
