import { and, desc, eq, max } from 'drizzle-orm'
import { strToU8, zipSync } from 'fflate'
import type { DbOrTx } from '#src/db/client.ts'
import { localFileStore } from '#src/lib/storage.ts'
import {
  courseModules,
  courses,
  enrolments,
  lessonCompletions,
  lessons,
  scormAttempts,
  scormFiles,
  scormPackages,
} from './schema.ts'
import { checkScormPackage, eachPackageFile } from './scorm-package.ts'

/*
 * A real, tiny SCORM 1.2 package for the demo, written here rather than checked in as a zip:
 * one page in English and Albanian that completes the lesson when the learner says they are
 * done (LMSInitialize, LMSSetValue, LMSCommit, LMSFinish in its own script file).
 */

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="ura-demo-green-travel" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ura-demo">
    <organization identifier="ura-demo">
      <title>Green travel for a mobility</title>
      <item identifier="green-travel" identifierref="sco">
        <title>Green travel for a mobility</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
      <file href="index.html"/>
      <file href="green-travel.js"/>
      <file href="style.css"/>
    </resource>
  </resources>
</manifest>
`

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Green travel for a mobility</title>
<link rel="stylesheet" href="style.css">
</head>
<body>
<main>
<h1>Green travel for a mobility</h1>
<p>Twelve learners and two teachers travel from Durrës to Thessaloniki for a two-week work placement. Erasmus+ adds a green travel top-up when the group goes by train, bus or car-sharing instead of flying.</p>
<ul>
<li>Bus via Tirana: about 9 hours, about 25 kg CO₂ per person.</li>
<li>Flight via Rome: about 7 hours door to door, about 180 kg CO₂ per person.</li>
</ul>
<section lang="sq">
<h2>Udhëtimi i gjelbër</h2>
<p>Dymbëdhjetë nxënës dhe dy mësues udhëtojnë nga Durrësi në Selanik për një praktikë pune dyjavore. Me autobus, çdo person lëshon rreth 25 kg CO₂; me avion, rreth 180 kg.</p>
</section>
<p><button type="button" id="done">I have read this / E lexova</button></p>
<p id="status" role="status"></p>
</main>
<script src="green-travel.js"></script>
</body>
</html>
`

const SCRIPT = `(function () {
  function findApi(win) {
    for (var i = 0; win && i < 10; i++) {
      if (win.API) return win.API;
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  }
  var api = findApi(window);
  var status = document.getElementById('status');
  if (!api) { status.textContent = 'No LMS found: nothing will be saved.'; return; }
  api.LMSInitialize('');
  if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') {
    api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  }
  document.getElementById('done').addEventListener('click', function () {
    api.LMSSetValue('cmi.core.score.raw', '100');
    api.LMSSetValue('cmi.core.lesson_status', 'completed');
    api.LMSCommit('');
    api.LMSFinish('');
    status.textContent = 'Done: you can go on to the next lesson. / U krye.';
  });
})();
`

const STYLE = `body { font: 1rem/1.5 system-ui, sans-serif; color: #1a1f24; margin: 1rem; }
button { font: inherit; padding: 0.5rem 1rem; color: #fff; background: #0b4f8a; border: 0; border-radius: 6px; }
button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
`

/** The demo package as a zip, made when the demo is loaded. */
export function demoScormPackage(): Uint8Array {
  return zipSync({
    'imsmanifest.xml': strToU8(MANIFEST),
    'index.html': strToU8(PAGE),
    'green-travel.js': strToU8(SCRIPT),
    'style.css': strToU8(STYLE),
  })
}

/**
 * Adds the SCORM lesson to the end of the GreenComp course, with its package in the file store.
 * Those who completed the course did this lesson too: its completion and a finished attempt.
 */
export async function loadScormDemo(tx: DbOrTx, d: { dataDir: string; now: Date }) {
  const [course] = await tx.select().from(courses).where(eq(courses.slug, 'greencomp-basics'))
  if (!course) return
  const [mod] = await tx
    .select({ id: courseModules.id })
    .from(courseModules)
    .where(eq(courseModules.courseId, course.id))
    .orderBy(desc(courseModules.position))
    .limit(1)
  const [last] = await tx
    .select({ n: max(lessons.position) })
    .from(lessons)
    .where(eq(lessons.courseId, course.id))
  if (!mod) return
  const [lesson] = await tx
    .insert(lessons)
    .values({
      tenantId: course.tenantId,
      courseId: course.id,
      moduleId: mod.id,
      position: (last?.n ?? 0) + 1,
      kind: 'scorm',
      title: { en: 'Practice: green travel', sq: 'Ushtrim: udhëtimi i gjelbër' },
      minutes: 10,
    })
    .returning()
  const bytes = demoScormPackage()
  const checked = checkScormPackage(bytes)
  const store = localFileStore(d.dataDir)
  const files: { path: string; storageKey: string; size: number }[] = []
  await eachPackageFile(bytes, checked.entries, async (entry, data) => {
    files.push({
      path: entry.path,
      storageKey: await store.put(course.tenantId, data),
      size: data.length,
    })
  })
  const [pkg] = await tx
    .insert(scormPackages)
    .values({
      tenantId: course.tenantId,
      lessonId: lesson!.id,
      version: checked.version,
      launchPath: checked.launchPath,
      title: checked.title,
      fileCount: files.length,
      totalBytes: checked.totalBytes,
      uploadedById: course.authorId,
    })
    .returning()
  await tx
    .insert(scormFiles)
    .values(files.map((f) => ({ ...f, tenantId: course.tenantId, packageId: pkg!.id })))
  const done = await tx
    .select({ id: enrolments.id, completedAt: enrolments.completedAt })
    .from(enrolments)
    .where(and(eq(enrolments.courseId, course.id), eq(enrolments.status, 'completed')))
  if (done.length === 0) return
  await tx.insert(lessonCompletions).values(
    done.map((e) => ({
      tenantId: course.tenantId,
      enrolmentId: e.id,
      lessonId: lesson!.id,
      completedAt: e.completedAt ?? d.now,
    })),
  )
  await tx.insert(scormAttempts).values(
    done.map((e) => ({
      tenantId: course.tenantId,
      packageId: pkg!.id,
      enrolmentId: e.id,
      lessonId: lesson!.id,
      cmi: {
        core: {
          lesson_status: 'completed',
          score: { raw: '100', min: '', max: '100' },
          total_time: '00:06:40',
          exit: '',
        },
        suspend_data: '',
      },
      lessonStatus: 'completed',
      scoreRaw: 100,
      scoreScaled: 1,
      totalTime: '00:06:40',
    })),
  )
}
