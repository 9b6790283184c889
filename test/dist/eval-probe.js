// Tries what vega would do without its interpreter: under the policy this must throw EvalError.
let outcome = 'allowed';
try {
  new Function('return 1')();
} catch (error) {
  outcome = error.name;
}
document.documentElement.dataset.eval = outcome;
