// Checks the backend's image without a Docker engine: its class-data archive (README "Start-up")
// is only used when the start names the jars as the archive does, so the last stage must make the
// archive after the application is in place and CMD must use it from the same folder.
import { readFileSync } from 'node:fs';

export function checkBackendDockerfile(file) {
  const lines = readFileSync(file, 'utf8').replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  const lastStage = lines.slice(lines.findLastIndex((line) => /^FROM\s/i.test(line)));
  const instruction = (name) => lastStage.findIndex((line) => new RegExp(`^${name}\\s`, 'i').test(line));
  const problems = [];
  const copy = instruction('COPY');
  const made = lastStage.findIndex((line) => /^RUN\s/i.test(line) && /-XX:ArchiveClassesAtExit=/.test(line));
  if (made < 0) return { problems: ['the last stage makes no class-data archive (-XX:ArchiveClassesAtExit)'] };
  const archive = lastStage[made].match(/-XX:ArchiveClassesAtExit=(\S+)/)[1];
  if (copy > made) problems.push(`the archive ${archive} is made before the application is copied in`);
  if (!/-Dquarkus\.appcds\.generate=true/.test(lastStage[made])) {
    problems.push('the archive is made without -Dquarkus.appcds.generate=true: that start would need a database');
  }
  const cmd = lastStage[instruction('CMD')] ?? '';
  const used = cmd.match(/-XX:SharedArchiveFile=(\S+?)["\s]/)?.[1];
  if (used !== archive) problems.push(`CMD does not start with the archive the image makes (${archive})`);
  const jar = cmd.match(/-jar\s+(\S+?)["\s]/)?.[1];
  const makesWith = lastStage[made].match(/-jar\s+(\S+)/)?.[1];
  if (jar !== makesWith) {
    problems.push(`CMD starts ${jar ?? 'no jar'} where the archive was made with ${makesWith}: the JVM refuses the archive then`);
  }
  return { problems };
}
