// Preload (`node --import ./scripts/no-network.mjs ...`) that makes any network attempt throw at once.
// Used for addons-linter so the Firefox check is provably offline: a tool that quietly phones home
// would hang or flake in CI. Local IPC (Unix sockets, pipes) still works.
import dns from 'node:dns';
import net from 'node:net';

function blocked(what) {
  const error = new Error(`Network access blocked (${what}): this step must work offline.`);
  error.code = 'ENETBLOCKED';
  return error;
}

function isLocalIpc(args) {
  // net.connect passes [options, callback] as one array; plain calls pass (options | path | port, ...).
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first === 'string') return Number.isNaN(Number(first));
  return typeof first === 'object' && first !== null && typeof first.path === 'string' && first.path !== '';
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  if (isLocalIpc(args)) return connect.apply(this, args);
  throw blocked('socket connect');
};

dns.lookup = () => {
  throw blocked('dns.lookup');
};
dns.promises.lookup = () => Promise.reject(blocked('dns.promises.lookup'));

globalThis.fetch = () => Promise.reject(blocked('fetch'));
