/*
 * Search for the static site. The index is split into small script files (search/index.js, search/shards/N.js,
 * search/articles/N.js, search/entities/N.js) that each call PublisherSearch.NAME(...): a query loads the manifest,
 * the shard holding each query word, and the result details of the results shown, nothing else. They are <script>
 * files, not JSON, because browsers refuse fetch() on file:// and the site must search from disk too.
 * Article text is untrusted: results are built with createElement and textContent, never as markup.
 */
(function () {
  'use strict';

  var PAGE_SIZE = 10;
  var ENTITY_RESULTS = 5;
  var MIN_PREFIX = 3;
  var MAX_PREFIX_SHARDS = 3;
  var MAX_EXPANSIONS = 100;
  // A word in the title counts most, then in the name of an entity the article mentions, then in its text.
  var WEIGHT_TITLE = 8;
  var WEIGHT_ENTITY = 4;
  var WEIGHT_BODY = 1;
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  var resolvers = {};
  var promises = {};

  function deliver(key, value) {
    var resolve = resolvers[key];
    if (resolve) {
      delete resolvers[key];
      resolve(value);
    }
  }

  function load(key, url) {
    if (!promises[key]) {
      promises[key] = new Promise(function (resolve, reject) {
        resolvers[key] = resolve;
        var script = document.createElement('script');
        script.src = url;
        script.onerror = function () { reject(new Error('could not load ' + url)); };
        document.head.appendChild(script);
      });
    }
    return promises[key];
  }

  var container = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var indexUrl = container ? container.getAttribute('data-index') : null;
  var folder = indexUrl ? indexUrl.slice(0, indexUrl.lastIndexOf('/') + 1) : '';
  var home = container ? container.getAttribute('data-home') : '';
  var root = home.replace(/index\.html$/, '');
  // Folders open as listings from disk, so from file:// (or a site built with file links) results link to index.html.
  var fileLinks = /index\.html$/.test(home) || location.protocol === 'file:';

  function loadManifest() {
    return load('manifest', indexUrl);
  }

  function loadPart(manifest, kind, number) {
    return load(kind + '/' + number, folder + kind + '/' + number + '.js?v=' + encodeURIComponent(manifest.version));
  }

  /* The tokeniser: the same steps, in the same order, as SearchTokenizer.cs, with the rules from the manifest. */
  function fold(text) {
    return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  }

  function stem(word, manifest) {
    if (/\p{Nd}/u.test(word)) {
      return word;
    }
    manifest.groups.forEach(function (group) {
      for (var i = 0; i < group.length; i++) {
        var suffix = group[i][0];
        if (word.endsWith(suffix)) {
          if (word.length - suffix.length >= manifest.minStem) {
            word = word.slice(0, word.length - suffix.length) + group[i][1];
          }
          break;
        }
      }
    });
    return word;
  }

  function terms(text, manifest) {
    var stop = manifest.stopSet || (manifest.stopSet = new Set(manifest.stop));
    return fold(text).split(/[^\p{L}\p{N}]+/u)
      .filter(function (w) { return w.length >= 2 && w.length <= manifest.maxWord && !stop.has(w); })
      .map(function (w) { return stem(w, manifest); });
  }

  function decode(text) {
    var ids = [];
    var i;
    if (!text) {
      return ids;
    }
    if (text.charAt(0) === '~') {
      for (i = 1; i < text.length; i++) {
        var bits = ALPHABET.indexOf(text.charAt(i));
        for (var bit = 0; bit < 6; bit++) {
          if (bits & (1 << bit)) {
            ids.push((i - 1) * 6 + bit);
          }
        }
      }
      return ids;
    }
    var value = 0;
    var previous = -1;
    for (i = 0; i < text.length; i++) {
      var digit = ALPHABET.indexOf(text.charAt(i));
      value = value * 32 + (digit & 31);
      if (digit < 32) {
        previous += value + 1;
        ids.push(previous);
        value = 0;
      }
    }
    return ids;
  }

  function shardOf(term, shards) {
    var low = 0;
    var high = shards.length - 1;
    while (low < high) {
      var mid = (low + high + 1) >> 1;
      if (shards[mid] <= term) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  /* The index entries of one query word: the word itself, and for the last word also the words it begins. */
  function lookup(word, prefix, manifest) {
    var first = shardOf(word, manifest.shards);
    var numbers = [first];
    if (prefix) {
      for (var n = first + 1; n < manifest.shards.length && numbers.length < MAX_PREFIX_SHARDS && manifest.shards[n].startsWith(word); n++) {
        numbers.push(n);
      }
    }
    return Promise.all(numbers.map(function (n) { return loadPart(manifest, 'shards', n); })).then(function (shards) {
      var entries = [];
      shards.forEach(function (shard) {
        if (!prefix) {
          if (has(shard, word)) {
            entries.push({ term: word, data: shard[word] });
          }
          return;
        }
        Object.keys(shard).forEach(function (term) {
          if (term.startsWith(word)) {
            entries.push({ term: term, data: shard[term] });
          }
        });
      });
      // The most common completions of a short prefix are the likeliest meant; the rest would cost time, not help.
      entries.sort(function (a, b) { return b.data[0] - a.data[0] || (a.term < b.term ? -1 : 1); });
      return entries.slice(0, MAX_EXPANSIONS);
    });
  }

  /* Article scores of one query word: per id, the best of its matching terms, by field weight times rarity. */
  function wordScores(entries, manifest) {
    var scores = new Map();
    entries.forEach(function (entry) {
      var rarity = Math.log(1 + manifest.articles / Math.max(1, entry.data[0]));
      var own = new Map();
      [[1, WEIGHT_TITLE], [2, WEIGHT_ENTITY], [3, WEIGHT_BODY]].forEach(function (field) {
        decode(entry.data[field[0]]).forEach(function (id) {
          own.set(id, (own.get(id) || 0) + field[1]);
        });
      });
      own.forEach(function (weight, id) {
        var score = weight * rarity;
        if (!(scores.get(id) >= score)) {
          scores.set(id, score);
        }
      });
    });
    return scores;
  }

  function entityIds(entries) {
    var ids = new Set();
    entries.forEach(function (entry) {
      decode(entry.data[4]).forEach(function (id) { ids.add(id); });
    });
    return ids;
  }

  /* Every word must match (in any field); the more and the rarer the title and name hits, the higher. */
  function rank(perWord) {
    perWord.sort(function (a, b) { return a.size - b.size; });
    var results = [];
    perWord[0].forEach(function (score, id) {
      var total = score;
      for (var i = 1; i < perWord.length; i++) {
        var other = perWord[i].get(id);
        if (other === undefined) {
          return;
        }
        total += other;
      }
      results.push({ id: id, score: total });
    });
    results.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    return results;
  }

  function intersect(sets) {
    sets.sort(function (a, b) { return a.size - b.size; });
    var ids = [];
    sets[0].forEach(function (id) {
      if (sets.every(function (set) { return set.has(id); })) {
        ids.push(id);
      }
    });
    return ids.sort(function (a, b) { return a - b; });
  }

  function search(query, manifest) {
    var words = terms(query, manifest).filter(function (w, i, all) { return all.indexOf(w) === i; });
    if (words.length === 0) {
      return Promise.resolve(null);
    }
    var last = words[words.length - 1];
    return Promise.all(words.map(function (word) {
      return lookup(word, word === last && word.length >= MIN_PREFIX, manifest);
    })).then(function (entriesPerWord) {
      return {
        words: words,
        prefix: last.length >= MIN_PREFIX ? last : null,
        articles: rank(entriesPerWord.map(function (entries) { return wordScores(entries, manifest); })),
        entities: intersect(entriesPerWord.map(entityIds)),
      };
    });
  }

  function rows(manifest, kind, ids) {
    var chunk = kind === 'articles' ? manifest.articleChunk : manifest.entityChunk;
    var numbers = ids.map(function (id) { return Math.floor(id / chunk); }).filter(function (n, i, all) { return all.indexOf(n) === i; });
    return Promise.all(numbers.map(function (n) { return loadPart(manifest, kind, n); })).then(function (parts) {
      var byNumber = new Map();
      numbers.forEach(function (n, i) { byNumber.set(n, parts[i]); });
      return ids.map(function (id) { return byNumber.get(Math.floor(id / chunk))[id % chunk]; });
    });
  }

  function href(path) {
    return root + path + (fileLinks && (path === '' || path.endsWith('/')) ? 'index.html' : '');
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  /* Writes text into parent, each word that matches the query inside a <mark>. */
  function highlight(parent, text, found, manifest) {
    var word = /[\p{L}\p{N}\p{M}]+/gu;
    var at = 0;
    var match;
    while ((match = word.exec(text)) !== null) {
      var hit = terms(match[0], manifest).some(function (term) {
        return found.words.indexOf(term) >= 0 || (found.prefix !== null && term.startsWith(found.prefix));
      });
      if (hit) {
        parent.appendChild(document.createTextNode(text.slice(at, match.index)));
        parent.appendChild(element('mark', null, match[0]));
        at = word.lastIndex;
      }
    }
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function plural(count, noun) {
    return count + ' ' + noun + (count === 1 ? '' : 's');
  }

  function showEntities(manifest, found) {
    var ids = found.entities.slice(0, ENTITY_RESULTS);
    if (ids.length === 0) {
      return Promise.resolve();
    }
    return rows(manifest, 'entities', ids).then(function (entities) {
      container.appendChild(element('h2', null, 'People, organizations and places'));
      var list = element('ol', 'search-entities');
      entities.forEach(function (entity) {
        var item = element('li');
        var heading = element('h3');
        var link = element('a');
        link.href = href(entity[2]);
        highlight(link, entity[0], found, manifest);
        heading.appendChild(link);
        item.appendChild(heading);
        item.appendChild(element('p', 'meta', entity[1] + ' · mentioned in ' + plural(entity[3], 'article')));
        list.appendChild(item);
      });
      container.appendChild(list);
    });
  }

  function showArticles(manifest, found, list, start) {
    var page = found.articles.slice(start, start + PAGE_SIZE);
    return rows(manifest, 'articles', page.map(function (r) { return r.id; })).then(function (articles) {
      articles.forEach(function (article) {
        var item = element('li');
        var heading = element('h3');
        var link = element('a');
        link.href = href(article[1]);
        highlight(link, article[0], found, manifest);
        heading.appendChild(link);
        item.appendChild(heading);
        var meta = element('p', 'meta');
        if (article[3]) {
          var time = element('time', null, article[2]);
          time.setAttribute('datetime', article[3]);
          meta.appendChild(time);
        } else {
          meta.textContent = 'Undated';
        }
        item.appendChild(meta);
        if (article[4]) {
          var summary = element('p', 'standfirst');
          highlight(summary, article[4], found, manifest);
          item.appendChild(summary);
        }
        list.appendChild(item);
      });
      var next = start + PAGE_SIZE;
      if (next < found.articles.length) {
        var more = element('button', 'search-more', 'Show more results');
        more.type = 'button';
        more.addEventListener('click', function () {
          more.remove();
          showArticles(manifest, found, list, next).then(function () {
            var first = list.children[next];
            var firstLink = first && first.querySelector('a');
            if (firstLink) {
              firstLink.focus();
            }
          });
        });
        container.appendChild(more);
      }
    });
  }

  function run(query) {
    return loadManifest().then(function (manifest) {
      if (manifest.format !== 1) {
        throw new Error('the search index has format ' + manifest.format + ', this page reads format 1');
      }
      return search(query, manifest).then(function (found) {
        container.textContent = '';
        if (found === null) {
          status.textContent = 'Type words to search for: “' + query + '” has none the search can use.';
          return;
        }
        var articles = found.articles.length;
        var entities = found.entities.length;
        status.textContent = (articles + entities === 0)
          ? 'Nothing matches “' + query + '”. Try fewer or other words.'
          : plural(articles, 'article') + (entities ? ' and ' + entities + (entities === 1 ? ' person, organization or place' : ' people, organizations or places') : '') + (articles + entities === 1 ? ' matches “' : ' match “') + query + '”.';
        return showEntities(manifest, found).then(function () {
          if (articles === 0) {
            return;
          }
          container.appendChild(element('h2', null, 'Articles'));
          var list = element('ol', 'search-articles');
          container.appendChild(list);
          return showArticles(manifest, found, list, 0);
        });
      });
    }).catch(function (error) {
      status.textContent = 'Search is not available: ' + error.message + '.';
    });
  }

  window.PublisherSearch = {
    manifest: function (data) { deliver('manifest', data); },
    shard: function (number, data) { deliver('shards/' + number, data); },
    articles: function (number, data) { deliver('articles/' + number, data); },
    entities: function (number, data) { deliver('entities/' + number, data); },
    // For tests that compare this tokeniser with the build's.
    terms: function (text) { return loadManifest().then(function (manifest) { return terms(text, manifest); }); },
  };

  if (!container || !status) {
    return;
  }
  var query = (new URLSearchParams(location.search).get('q') || '').trim();
  var box = document.getElementById('site-search-q');
  if (box) {
    box.value = query;
  }
  if (query) {
    status.textContent = 'Searching for “' + query + '”…';
    run(query);
  }
}());
