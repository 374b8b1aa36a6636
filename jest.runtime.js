/**
 * Jest's runtime with one change: each module of a test file is compiled as a `vm.Script` (as
 * Jest 29 did) instead of through `vm.compileFunction` (Jest 30). Node 20 caches neither the
 * parse nor the bytecode of `compileFunction`, so every test file compiled again, function by
 * function, the ~1,800 modules a subgraph's test loads (9 MB: graphql, MikroORM, knex, zod, Apollo
 * Federation…); a script with the same source is found in V8's compilation cache and its compiled
 * functions are shared by the next file (civil affairs' suites: 125 CPU-s against 161).
 *
 * `executor` and its `compile(source, filename)` are the runtime's internals of the Jest version
 * pinned in package.json; if they change, this says so instead of running the suites differently.
 */
const { Script } = require('node:vm');
const JestRuntime = require('jest-runtime').default;

/** The property the wrapper returns the module's function under. */
const MODULE_FUNCTION = 'lifelineModuleFunction';

class Runtime extends JestRuntime {
  constructor(...args) {
    super(...args);
    const executor = this.executor;
    if (!executor || typeof executor.compile !== 'function' || !Array.isArray(executor.injectedModuleParameters)) {
      throw new Error('jest.runtime.js: this jest-runtime has no executor.compile(source, filename); remove "runtime" from jest.base.js or adapt it.');
    }
    const compileFunction = executor.compile;
    executor.compile = function compile(source, filename) {
      const vmContext = this.environment.getVmContext();
      if (vmContext == null) return null;
      const scriptFilename = this.resolution.isCoreModule(filename) ? `jest-nodejs-core-${filename}` : filename;
      let script;
      try {
        // One line of wrapper before the source, so its line numbers (and source maps) hold.
        script = new Script(`({"${MODULE_FUNCTION}":function(${this.injectedModuleParameters.join(',')}){${source}\n}});`, {
          filename: scriptFilename,
          importModuleDynamically: (specifier, _script, attributes, phase) => this.dynamicImport(specifier, scriptFilename, vmContext, attributes, phase),
        });
      } catch {
        // A syntax error: reported by Jest's own compile, as Jest reports it.
        return compileFunction.call(this, source, filename);
      }
      return script.runInContext(vmContext, { filename: scriptFilename })[MODULE_FUNCTION];
    };
  }
}

module.exports = Runtime;
