// Bench data: published articles in bulk, spread over the list columns, their sections and two
// years, a few withdrawn. A simple generator (titles from a word list); search columns are left
// to the database's fallback trigger.
import pg from "pg";

const WORDS = ["关于", "印发", "医疗机构", "卫生监督", "疾病预防", "健康教育", "基层卫生", "专项检查", "工作动态", "通知", "公示", "无偿献血", "家庭医生", "签约服务", "传染病", "防控", "培训", "义诊", "执业注册", "年度报告"];
const DAY = 86_400_000;

export async function seedArticles(url: string, n: number): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    // One SQL statement: generate_series over the list columns and their responsible sections.
    await pool.query(
      `WITH cs AS (
         SELECT c.id AS "columnId", s."sectionId", row_number() OVER (ORDER BY c.id, s."sectionId") - 1 AS k, count(*) OVER () AS total
         FROM columns c JOIN column_sections s ON s."columnId" = c.id WHERE c.kind = 'list'
       ), words AS (SELECT $2::text[] AS w)
       INSERT INTO articles ("columnId", "sectionId", title, "bodyHtml", summary, "publishAt", "withdrawnAt", "withdrawReason", "createdAt", "updatedAt")
       SELECT cs."columnId", cs."sectionId", t.title, '<p>' || t.title || '。</p>', t.title,
              t.at, CASE WHEN i % 50 = 0 THEN t.at + interval '1 day' END, CASE WHEN i % 50 = 0 THEN '基准测试撤稿' END, t.at, t.at
       FROM generate_series(0, $1::int - 1) AS i
       CROSS JOIN words
       JOIN cs ON cs.k = (i::bigint * 7919) % cs.total
       CROSS JOIN LATERAL (SELECT
         w[1 + (i * 31) % array_length(w, 1)] || w[1 + (i * 17 + 3) % array_length(w, 1)] || w[1 + (i * 13 + 5) % array_length(w, 1)] || '（' || i || '）' AS title,
         now() - ((i::bigint * 2654435761) % ($3::bigint)) * interval '1 millisecond' AS at) t`,
      [n, WORDS, 2 * 365 * DAY],
    );
    await pool.query("VACUUM ANALYZE articles");
  } finally {
    await pool.end();
  }
}
