// The target views' own MongoDB user: readWrite on their database and nothing else. The mongo image runs this once,
// as the root user, on an empty data directory; the password is the compose secret mongo_target_views_password.
// A blue-green rebuild (POST /api/views/rebuilds) writes into a new database target_views_<rebuild id>: grant the user
// readWrite on it first (deploy/README.md), or the rebuild is refused by MongoDB.
const fs = require('fs');
const password = fs.readFileSync('/run/secrets/mongo_target_views_password', 'utf8').trim();
db.getSiblingDB('target_views').createUser({
  user: 'target-views',
  pwd: password,
  roles: [{ role: 'readWrite', db: 'target_views' }],
});
