location.replace('dashboard/' + location.hash);
