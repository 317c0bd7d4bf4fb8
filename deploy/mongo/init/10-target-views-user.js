// The target views' own MongoDB user. This MongoDB holds only the views, which can always be rebuilt from PostgreSQL,
// and a blue-green rebuild (POST /api/operations/rebuilds, make replay) writes into a new database
// target_views_<rebuild id> that MongoDB cannot grant by prefix: so the user may read and write any database of its
// own (readWriteAnyDatabase: not admin, local or config), and administer none. The mongo image runs this once, as the
// root user, on an empty data directory; the password is the compose secret mongo_target_views_password.
const fs = require('fs');
const password = fs.readFileSync('/run/secrets/mongo_target_views_password', 'utf8').trim();
db.getSiblingDB('target_views').createUser({
  user: 'target-views',
  pwd: password,
  roles: [{ role: 'readWriteAnyDatabase', db: 'admin' }],
});
